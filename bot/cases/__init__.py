"""The officers' side: case workflow, deadlines, amounts, office hours, the monthly
report and the follow-up letter, as pure modules (Source B, the officers' manual)."""
