Erasure request: registration {{REGISTRATION}}, {{EDITION}}

A participant of {{EDITION}} asked for their personal data to be erased (registration {{REGISTRATION}}).

Complete the erasure at
{{LINK}}
