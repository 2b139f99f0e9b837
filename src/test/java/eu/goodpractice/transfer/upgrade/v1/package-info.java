/**
 * Frozen copies of the Active Objects entities of the first released data model (model version 0, commit ed6c57d),
 * with the same {@code @Table} names, so the upgrade test can build the schema and the rows version 1 left behind.
 * Never change these to follow the app: they are the past the upgrade path must keep.
 */
package eu.goodpractice.transfer.upgrade.v1;
