package com.atlassian.user;

import java.io.Serializable;

/** Source: host-api-facts §4.1 [V-8.7]; {@code getName()} is the username. */
public interface Entity extends Serializable {
    String getName();
}
