/**
 * The export layer: a table of rows written as CSV or XLSX while it is read, so an export of any size needs the
 * memory of one chunk of rows. A feature describes its export as an {@link ExportTable} (columns with i18n header
 * keys and typed cells, and an {@link ExportRows} that pushes rows read chunk by chunk from its store); the REST
 * layer answers with {@link ExportDownload}. The feature checks permissions before it builds the table: what the
 * rows push is written as is.
 */
package eu.goodpractice.transfer.export;
