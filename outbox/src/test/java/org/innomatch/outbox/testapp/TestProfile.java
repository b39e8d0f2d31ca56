package org.innomatch.outbox.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The business row of the test application, standing in for a profile. */
@Entity
@Table(name = "test_profile")
public class TestProfile {

    @Id
    public UUID id;

    public String name;

    public long version;
}
