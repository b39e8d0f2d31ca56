package org.innomatch.project.programme;

/** What happens in a session of the programme. */
public enum SessionKind {
    /** A counsellor presents a country's innovation policy and cooperation needs. */
    POLICY_PRESENTATION,
    /** A project is pitched on stage; the session names the project. */
    ROADSHOW_PITCH,
    PANEL,
    OTHER
}
