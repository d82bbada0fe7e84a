{{#RECEIVED}}Registration received{{/RECEIVED}}{{#UPDATED}}Registration updated{{/UPDATED}}: {{TITLE}}

Dear {{NAME}},

{{#RECEIVED}}thank you for registering for {{EDITION}}: {{TITLE}}. This is what we have:{{/RECEIVED}}{{#UPDATED}}your registration for {{EDITION}}: {{TITLE}} is updated. This is what we have now:{{/UPDATED}}

Name: {{NAME}}
{{#LATIN}}Name in Latin letters: {{NAME}}
{{/LATIN}}Organisation: {{ORGANISATION}}
Country: {{COUNTRY}}
Working groups, in your order of preference:
{{#RANKING}}  {{RANK}}. {{GROUP}}
{{/RANKING}}
{{#CHANGES}}You can change your registration until {{UNTIL}}: sign in at
{{LINK}}

{{/CHANGES}}The secretariat will tell you whether you have a place after the deadline.
