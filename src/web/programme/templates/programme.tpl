{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition</a> · {{DATES}} · {{PLACE}}</p>
<h1>Programme: {{TITLE}}</h1>
<p>Times are in {{TIME_ZONE}}{{#SET_ZONE_HINT}}; <a href="/me#time-zone">set your own time zone</a> to see them in yours too{{/SET_ZONE_HINT}}. Working-group sessions are closed-door: who attends is not public.</p>
<p class="actions-line"><a href="/editions/{{NUMBER}}/programme/print">Printable version</a> · <a href="/editions/{{NUMBER}}/programme.ics">Add to your calendar (iCalendar)</a>{{#MEMBER}} · <a href="/editions/{{NUMBER}}/my-programme">My programme</a>{{/MEMBER}}</p>
{{#EMPTY}}<p>The programme has not been published yet.</p>{{/EMPTY}}
{{#DAYS}}
<section aria-labelledby="{{DATE_ID}}">
  <h2 id="{{DATE_ID}}">{{DATE}}</h2>
  <ol class="sessions">
  {{#SESSIONS}}
    <li class="session {{KIND_CLASS}}" id="{{ID}}">
      <p class="when">{{TIME}}{{#YOUR_TIME}} <span class="your-time">(your time: {{TIME}}, {{ZONE}})</span>{{/YOUR_TIME}}</p>
      <h3>{{TITLE}}</h3>
      <p class="meta">{{KIND}}{{#ROOM}} · {{NAME}}{{/ROOM}}</p>
      {{#CLOSED}}<p class="closed">Closed session of the working group “{{GROUP}}”, under the Chatham House Rule.</p>{{/CLOSED}}
      {{#CHAIR}}<p>Chair: {{NAME}}</p>{{/CHAIR}}
      {{#HAS_SPEAKERS}}<p>Speakers: {{#SPEAKERS}}<span class="person">{{NAME}}</span>{{#SPEAKERS_separator}}, {{/SPEAKERS_separator}}{{/SPEAKERS}}</p>{{/HAS_SPEAKERS}}
      {{#DESCRIPTION}}<p>{{TEXT}}</p>{{/DESCRIPTION}}
      {{#HAS_QUESTIONS}}<p class="questions-heading">Questions for discussion:</p><ul>{{#QUESTIONS}}<li>{{TEXT}}</li>{{/QUESTIONS}}</ul>{{/HAS_QUESTIONS}}
      {{#WEBCAST}}<p><a href="{{URL}}">Watch the webcast</a></p>{{/WEBCAST}}
      {{#JOIN}}<p><a href="{{URL}}">Join online</a> (for registered participants; please do not share)</p>{{/JOIN}}
      {{#JOIN_HIDDEN}}<p class="meta">Online: registered participants find the join link in their programme and receive it by e-mail on the day.</p>{{/JOIN_HIDDEN}}
    </li>
  {{/SESSIONS}}
  </ol>
</section>
{{/DAYS}}
