Invitation: {{TITLE}}

Dear {{NAME}},

{{#NOMINATED}}You have been nominated by {{PARTNER}} to take part in {{/NOMINATED}}{{#INVITED}}You are invited to take part in {{/INVITED}}{{EDITION}}, {{DATES}}, on "{{TITLE}}".

Register with this link:

{{LINK}}

The link is personal and works once: it is used up when you register. It expires on {{EXPIRES}}.{{#CLOSES}} Registration closes on {{WHEN}}.{{/CLOSES}}

If you did not expect this message, you can ignore it.
