-- The recognitions a round made, and the proposals of a model in a round, read by key.
create index recognition_recognition_round_idx on recognition_recognition (round_id);
