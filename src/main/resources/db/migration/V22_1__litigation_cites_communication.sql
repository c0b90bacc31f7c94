-- A litigation change may name the filing or ruling behind it, recorded as a communication of the request.
-- The column came first (V18_2) without a key because communications did not exist yet on that line of work.
ALTER TABLE litigation_change ADD CONSTRAINT litigation_change_communication_fk
    FOREIGN KEY (communication_id) REFERENCES communication (id);
CREATE INDEX litigation_change_communication_ix ON litigation_change (communication_id);
