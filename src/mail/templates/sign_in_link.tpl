Your sign-in link

Dear {{NAME}},

Use this link to sign in. It works once and expires in {{HOURS}} hours:

{{LINK}}

If you did not ask for it, ignore this message.
