{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}/programme">Programme of the {{ORDINAL}} edition</a></p>
<h1>My programme</h1>
<p>{{#EVERYTHING}}As secretariat you see every session. {{/EVERYTHING}}The plenaries and your own working group's sessions, in {{TIME_ZONE}} and in your own time zone if you have set one.</p>
<section aria-labelledby="calendar">
  <h2 id="calendar">In your calendar</h2>
  {{#NEW_FEED}}<p class="notice" role="status">Your private calendar address (keep it to yourself; anyone with it sees your programme): <code>{{URL}}</code></p>{{/NEW_FEED}}
  {{#HAS_FEED}}<p>You have a private calendar address. Making a new one stops the old one.</p>
  <form method="post" action="/editions/{{NUMBER}}/my-programme/calendar/revoke" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">Stop my calendar address</button></form>{{/HAS_FEED}}
  <form method="post" action="/editions/{{NUMBER}}/my-programme/calendar" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit">Make a private calendar address</button></form>
</section>
{{#EMPTY}}<p>No sessions yet.</p>{{/EMPTY}}
{{#DAYS}}
<section aria-labelledby="{{DATE_ID}}">
  <h2 id="{{DATE_ID}}">{{DATE}}</h2>
  <ol class="sessions">
  {{#SESSIONS}}
    <li class="session {{KIND_CLASS}}">
      <p class="when">{{TIME}}{{#YOUR_TIME}} <span class="your-time">(your time: {{TIME}}, {{ZONE}})</span>{{/YOUR_TIME}}</p>
      <h3>{{TITLE}}</h3>
      <p class="meta">{{KIND}}{{#ROOM}} · {{NAME}}{{/ROOM}}</p>
      {{#CLOSED}}<p class="closed">Your working group “{{GROUP}}”, under the Chatham House Rule.</p>{{/CLOSED}}
      {{#DESCRIPTION}}<p>{{TEXT}}</p>{{/DESCRIPTION}}
      {{#HAS_QUESTIONS}}<p class="questions-heading">Questions for discussion:</p><ul>{{#QUESTIONS}}<li>{{TEXT}}</li>{{/QUESTIONS}}</ul>{{/HAS_QUESTIONS}}
      {{#JOIN}}<p><a href="{{URL}}">Join online</a> (please do not share this link)</p>{{/JOIN}}
      {{#WEBCAST}}<p><a href="{{URL}}">Webcast</a></p>{{/WEBCAST}}
    </li>
  {{/SESSIONS}}
  </ol>
</section>
{{/DAYS}}
