"""The screens shown while the journal is locked: welcome, create and unlock."""
