package org.innomatch.project.matchmaking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures of a registration are a concurrent duplicate, answered by registering again (then 200). */
class DuplicateRegistrationTest {

    @Test
    void aPrimaryKeyViolationOfTheRegistrationIsADuplicateWhereverItIsInTheCauses() {
        RuntimeException wrapped = new RuntimeException("commit failed",
                new ConstraintViolationException("could not execute statement", new SQLException("23505"), "event_registration_pkey"));
        assertTrue(RegistrationResource.isDuplicateRegistration(wrapped));
    }

    @Test
    void otherConstraintsAndOtherFailuresAreNot() {
        assertFalse(RegistrationResource.isDuplicateRegistration(
                new ConstraintViolationException("fk", new SQLException("23503"), "event_registration_event_fk")));
        assertFalse(RegistrationResource.isDuplicateRegistration(new IllegalStateException("boom")));
    }
}
