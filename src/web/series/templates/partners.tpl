{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage">Secretariat</a></p>
<h1>Partners and focal points</h1>
<p>{{TOTAL}} partners: {{COUNTRIES}} countries ({{ASIA_COUNT}} in the Asian group and {{EUROPE_COUNT}} in the European group, counting the bodies of each group), the European Union and the ASEAN Secretariat.</p>
<div class="two-columns">
<section aria-labelledby="asia"><h2 id="asia">Asian group ({{ASIA_COUNT}})</h2>
<ul>{{#ASIA}}<li><a href="/manage/partners/{{ID}}">{{NAME}}</a>{{KIND}} – {{#FOCAL}}{{NAME}}; {{/FOCAL}}{{CONTACT_COUNT}} focal point(s)</li>{{/ASIA}}</ul></section>
<section aria-labelledby="europe"><h2 id="europe">European group ({{EUROPE_COUNT}})</h2>
<ul>{{#EUROPE}}<li><a href="/manage/partners/{{ID}}">{{NAME}}</a>{{KIND}} – {{#FOCAL}}{{NAME}}; {{/FOCAL}}{{CONTACT_COUNT}} focal point(s)</li>{{/EUROPE}}</ul></section>
</div>
