-- Which registrations an approval of the accepted list covered: the digest in list_approvals
-- says whether the list changed since, these rows say how (who was added, who removed).
CREATE TABLE list_approval_members (
  approval_id BIGINT NOT NULL REFERENCES list_approvals(id) ON DELETE CASCADE,
  registration_id BIGINT NOT NULL,
  PRIMARY KEY (approval_id, registration_id)
);
