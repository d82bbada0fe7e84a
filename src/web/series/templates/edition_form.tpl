{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage">Secretariat</a></p>
<h1>{{HEADING}}</h1>
{{#GENERAL_ERROR}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Not saved</h2><p>{{MESSAGE}}</p></div>{{/GENERAL_ERROR}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus id="error-summary">
  <h2>{{COUNT}} thing(s) to correct before this can be saved</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <fieldset>
    <legend>The edition</legend>
    <div class="field">
      <label for="number">Number</label>
      {{#NUMBER_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NUMBER_ERROR}}
      <input id="number" name="number" inputmode="numeric" class="short" value="{{NUMBER_VALUE}}"{{#NUMBER_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NUMBER_ERROR}}>
    </div>
    <div class="field">
      <label for="title">Topic</label>
      {{#TITLE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/TITLE_ERROR}}
      <input id="title" name="title" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/TITLE_ERROR}}>
    </div>
    <div class="field">
      <label for="hosts">Hosts, one per line</label>
      {{#HOSTS_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/HOSTS_ERROR}}
      <textarea id="hosts" name="hosts" rows="2"{{#HOSTS_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/HOSTS_ERROR}}>{{HOSTS_VALUE:pre_escape}}</textarea>
    </div>
    <div class="field">
      <label for="co_organisers">Co-organisers, one per line</label>
      <textarea id="co_organisers" name="co_organisers" rows="3">{{CO_ORGANISERS_VALUE:pre_escape}}</textarea>
    </div>
    <div class="field">
      <label for="topics">Sub-topics, one per line (optional)</label>
      <textarea id="topics" name="topics" rows="2">{{TOPICS_VALUE:pre_escape}}</textarea>
    </div>
  </fieldset>
  <fieldset>
    <legend>Place and time</legend>
    <fieldset class="radios" id="mode"{{#MODE_ERROR}} aria-describedby="{{ID}}"{{/MODE_ERROR}}>
      <legend>Format</legend>
      {{#MODE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MODE_ERROR}}
      {{#MODES}}<label><input type="radio" name="mode" id="mode_{{VALUE}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label>{{/MODES}}
    </fieldset>
    <div class="field">
      <label for="city">City</label>
      {{#CITY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/CITY_ERROR}}
      <input id="city" name="city" value="{{CITY_VALUE}}"{{#CITY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/CITY_ERROR}}>
    </div>
    <div class="field">
      <label for="country">Country</label>
      {{#COUNTRY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/COUNTRY_ERROR}}
      <input id="country" name="country" value="{{COUNTRY_VALUE}}"{{#COUNTRY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/COUNTRY_ERROR}}>
    </div>
    <div class="field">
      <label for="venue">Venue</label>
      <input id="venue" name="venue" value="{{VENUE_VALUE}}">
    </div>
    <div class="field">
      <label for="time_zone">Time zone (IANA name, e.g. Asia/Ulaanbaatar)</label>
      {{#TIME_ZONE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/TIME_ZONE_ERROR}}
      <input id="time_zone" name="time_zone" value="{{TIME_ZONE_VALUE}}"{{#TIME_ZONE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/TIME_ZONE_ERROR}}>
    </div>
    <div class="field">
      <label for="start_date">First day (YYYY-MM-DD, local)</label>
      {{#START_DATE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/START_DATE_ERROR}}
      <input id="start_date" name="start_date" type="date" value="{{START_DATE_VALUE}}"{{#START_DATE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/START_DATE_ERROR}}>
    </div>
    <div class="field">
      <label for="end_date">Last day (YYYY-MM-DD, local)</label>
      {{#END_DATE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/END_DATE_ERROR}}
      <input id="end_date" name="end_date" type="date" value="{{END_DATE_VALUE}}"{{#END_DATE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/END_DATE_ERROR}}>
    </div>
    <div class="field">
      <label for="registration_deadline">Registration deadline (YYYY-MM-DD HH:MM in the edition's time zone)</label>
      {{#REGISTRATION_DEADLINE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/REGISTRATION_DEADLINE_ERROR}}
      <input id="registration_deadline" name="registration_deadline" value="{{REGISTRATION_DEADLINE_VALUE}}"{{#REGISTRATION_DEADLINE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/REGISTRATION_DEADLINE_ERROR}}>
    </div>
  </fieldset>
  <fieldset>
    <legend>Concept note</legend>
    <div class="field">
      <label for="concept_note">Concept note text</label>
      <textarea id="concept_note" name="concept_note" rows="8">{{CONCEPT_NOTE_VALUE:pre_escape}}</textarea>
    </div>
  </fieldset>
  <fieldset id="working_groups"{{#WORKING_GROUPS_ERROR}} aria-describedby="working_groups-error"{{/WORKING_GROUPS_ERROR}}>
    <legend>Working groups (2 to 4; leave a row empty to omit it)</legend>
    {{#WORKING_GROUPS_ERROR}}<p class="field-error" id="working_groups-error">{{MESSAGE}}</p>{{/WORKING_GROUPS_ERROR}}
    {{#WG}}
    <fieldset class="working-group-row">
      <legend>Working group {{HUMAN_INDEX}}</legend>
      <div class="field">
        <label for="wg{{INDEX}}_name">Name</label>
        {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
        <input id="wg{{INDEX}}_name" name="wg{{INDEX}}_name" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}>
      </div>
      <div class="field">
        <label for="wg{{INDEX}}_description">Description</label>
        <textarea id="wg{{INDEX}}_description" name="wg{{INDEX}}_description" rows="2">{{DESCRIPTION_VALUE:pre_escape}}</textarea>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="wg{{INDEX}}_min_size">Smallest size</label>
          {{#MIN_SIZE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MIN_SIZE_ERROR}}
          <input id="wg{{INDEX}}_min_size" name="wg{{INDEX}}_min_size" inputmode="numeric" class="short" value="{{MIN_SIZE_VALUE}}"{{#MIN_SIZE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MIN_SIZE_ERROR}}>
        </div>
        <div class="field">
          <label for="wg{{INDEX}}_max_size">Largest size</label>
          {{#MAX_SIZE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MAX_SIZE_ERROR}}
          <input id="wg{{INDEX}}_max_size" name="wg{{INDEX}}_max_size" inputmode="numeric" class="short" value="{{MAX_SIZE_VALUE}}"{{#MAX_SIZE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MAX_SIZE_ERROR}}>
        </div>
      </div>
      <div class="field">
        <label for="wg{{INDEX}}_questions">Questions for discussion, one per line</label>
        <textarea id="wg{{INDEX}}_questions" name="wg{{INDEX}}_questions" rows="3">{{QUESTIONS_VALUE:pre_escape}}</textarea>
      </div>
    </fieldset>
    {{/WG}}
  </fieldset>
  {{#REMOVED_GROUPS}}
  <fieldset class="removed-group" id="removed-{{ID}}">
    <legend>Where do the people and sessions of “{{NAME}}” go?</legend>
    <p>You removed this working group. It has {{MEMBER_COUNT}} member(s); they, its sessions and the people appointed in it move to the group you choose, and nothing is sent to them.</p>
    <ul>{{#MEMBERS}}<li dir="auto">{{NAME}}</li>{{/MEMBERS}}{{#SESSIONS}}<li>Session: {{TITLE}}</li>{{/SESSIONS}}{{#ROLES}}<li dir="auto">Appointed: {{NAME}}</li>{{/ROLES}}</ul>
    <div class="field"><label for="move_{{ID}}">Move them to</label>
      <select id="move_{{ID}}" name="move_{{ID}}"><option value="">Choose a working group</option>{{#TARGETS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TARGETS}}</select></div>
  </fieldset>
  {{/REMOVED_GROUPS}}
  <button type="submit">Save the edition</button>
</form>
