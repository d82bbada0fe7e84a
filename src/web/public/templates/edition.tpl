{{%AUTOESCAPE context="HTML"}}
<p class="kicker">{{HEADING}}</p>
<h1>{{TITLE}}</h1>
<dl class="facts">
  <dt>Dates</dt><dd>{{DATES}}</dd>
  <dt>Place</dt><dd>{{PLACE}}</dd>
  {{#HAS_VENUE}}<dt>Venue</dt><dd>{{VENUE}}</dd>{{/HAS_VENUE}}
  <dt>Format</dt><dd>{{MODE}}</dd>
  {{#HAS_ZONE}}<dt>Time zone</dt><dd>All times are {{TIME_ZONE}} unless stated.</dd>{{/HAS_ZONE}}
  {{#DEADLINE}}<dt>Registration deadline</dt><dd>{{WHEN}}</dd>{{/DEADLINE}}
  {{#HAS_HOSTS}}<dt>Hosted by</dt><dd><ul class="plain">{{#HOSTS}}<li>{{NAME}}</li>{{/HOSTS}}</ul></dd>{{/HAS_HOSTS}}
  {{#HAS_CO_ORGANISERS}}<dt>Co-organised by</dt><dd><ul class="plain">{{#CO_ORGANISERS}}<li>{{NAME}}</li>{{/CO_ORGANISERS}}</ul></dd>{{/HAS_CO_ORGANISERS}}
</dl>
<p><a href="/editions/{{NUMBER}}/programme">Programme</a> · <a href="/editions/{{NUMBER}}/participants">Participants</a></p>
{{#MANAGE}}<p><a class="button" href="/manage/editions/{{NUMBER}}">Manage this edition</a></p>{{/MANAGE}}
{{#HAS_TOPICS}}
<h2>Topics</h2>
<ul>{{#TOPIC_LIST}}<li>{{TOPIC}}</li>{{/TOPIC_LIST}}</ul>
{{/HAS_TOPICS}}
{{#HAS_CONCEPT_NOTE}}
<h2>Concept note</h2>
{{#CONCEPT_NOTE}}<p>{{PARAGRAPH}}</p>{{/CONCEPT_NOTE}}
{{/HAS_CONCEPT_NOTE}}
{{#HAS_WORKING_GROUPS}}
<h2>Working groups</h2>
<p>Working groups meet behind closed doors under the Chatham House Rule.</p>
{{#WORKING_GROUPS}}
<section class="working-group">
  <h3>{{NAME}}</h3>
  {{#HAS_DESCRIPTION}}<p>{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
  <p class="meta">{{MIN}}–{{MAX}} participants</p>
  {{#HAS_QUESTIONS}}<h4>Questions for discussion</h4><ul>{{#QUESTIONS}}<li>{{QUESTION}}</li>{{/QUESTIONS}}</ul>{{/HAS_QUESTIONS}}
</section>
{{/WORKING_GROUPS}}
{{/HAS_WORKING_GROUPS}}
{{#PAPER_LINK}}<h2>Background paper</h2><p><a href="/editions/{{NUMBER}}/background-paper">Download the background paper (PDF, {{KB}} KB)</a></p>{{/PAPER_LINK}}
{{#PAPER_RESTRICTED}}<h2>Background paper</h2><p>The background paper is available to the edition's participants once they sign in.</p>{{/PAPER_RESTRICTED}}
