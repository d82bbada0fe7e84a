Programme change: {{EDITION}}

Dear {{NAME}},

The programme of {{EDITION}} has changed in sessions you follow:

{{#CHANGE}}- {{TEXT}}
{{/CHANGE}}
Your programme as it stands now, with the links to join the online sessions: {{LINK}}
Messages with a join link come again on the day, at the session's new time.
