-- Habeas library schema, version 16: indexes over the exhibits still waiting to be read.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- When a library opens, the exhibits an earlier session left unparsed or without OCR are queued
-- again. Without these the two look-ups read every exhibit of the library (about 100 ms for
-- 100,000); each index holds only the few rows still pending, and a row leaves it when its
-- state changes.
CREATE INDEX evidence_parse_pending ON evidence_items (case_id) WHERE parse_state = 'pending';
CREATE INDEX evidence_ocr_pending ON evidence_items (case_id) WHERE ocr_state = 'pending';
