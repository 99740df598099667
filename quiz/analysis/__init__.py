"""What play data says: per-question calibration (difficulty, discrimination, Elo) and a
player's statistics. Pure Python over plain records, no database and no Textual: the store
supplies the records, the commands and screens show the results."""
