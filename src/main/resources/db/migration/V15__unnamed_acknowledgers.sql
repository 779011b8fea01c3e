-- Until V15 an acknowledgement of minutes by someone whose name Teams left out stored the English
-- fallback "A colleague" as their name. Such a person is now stored without a name (the wording is
-- chosen when the acknowledgements are shown, and a name learnt later is shown instead), so the
-- old rows are brought into line.
update minutes_ack set acknowledged_by = null where acknowledged_by = 'A colleague';
