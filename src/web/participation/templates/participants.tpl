{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Participants: {{TITLE}}</h1>
<p>{{COUNT}} accepted participant(s) agreed to be listed here. Others take part without being named.</p>
{{#BY_NAME}}<p>Sorted by family name. <a href="/editions/{{NUMBER}}/participants?by=country">Group by country</a></p>{{/BY_NAME}}
{{#BY_COUNTRY}}<p>Grouped by country. <a href="/editions/{{NUMBER}}/participants">Sort by family name</a></p>{{/BY_COUNTRY}}
{{#NONE}}<p>No participant is listed yet.</p>{{/NONE}}
{{#NAME_LIST}}
<ul class="participants">{{#PEOPLE}}<li><span dir="auto">{{NAME}}</span> – <span dir="auto">{{ORGANISATION}}</span>, {{COUNTRY}}</li>{{/PEOPLE}}</ul>
{{/NAME_LIST}}
{{#COUNTRIES}}
<h2>{{COUNTRY}} ({{COUNT}})</h2>
<ul class="participants">{{#PEOPLE}}<li><span dir="auto">{{NAME}}</span> – <span dir="auto">{{ORGANISATION}}</span></li>{{/PEOPLE}}</ul>
{{/COUNTRIES}}
