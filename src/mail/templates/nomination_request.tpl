Nominations for {{TITLE}}

Dear {{NAME}},

As the focal point of {{PARTNER}}, you are asked to nominate {{OFFICIALS}} for {{EDITION}}, {{DATES}}, on "{{TITLE}}".

{{#DEADLINE}}Please nominate before the registration deadline, {{WHEN}}.

{{/DEADLINE}}This link signs you in once and opens the nomination page of {{PARTNER}}. It expires in {{HOURS}} hours; afterwards, ask for a new sign-in link on the sign-in page:

{{LINK}}
