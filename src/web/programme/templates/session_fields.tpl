{{%AUTOESCAPE context="HTML"}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus id="error-summary">
  <h2>{{COUNT}} thing(s) to correct before this session can be saved</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<div class="field">
  <label for="s_title">Title</label>
  {{#TITLE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  <input id="s_title" name="title" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/TITLE_ERROR}}>
</div>
<div class="field">
  <label for="s_kind">Kind</label>
  {{#KIND_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/KIND_ERROR}}
  <select id="s_kind" name="kind"{{#KIND_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/KIND_ERROR}}>{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select>
</div>
<div class="field">
  <label for="s_working_group">Working group (for working-group sessions)</label>
  {{#WORKING_GROUP_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/WORKING_GROUP_ERROR}}
  <select id="s_working_group" name="working_group"{{#WORKING_GROUP_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/WORKING_GROUP_ERROR}}><option value="">None</option>{{#GROUPS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/GROUPS}}</select>
</div>
<div class="field-row">
  <div class="field">
    <label for="s_day">Day (YYYY-MM-DD)</label>
    {{#DAY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/DAY_ERROR}}
    <input id="s_day" name="day" type="date" value="{{DAY_VALUE}}"{{#DAY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/DAY_ERROR}}>
  </div>
  <div class="field">
    <label for="s_start">Starts (HH:MM, {{TIME_ZONE}})</label>
    {{#START_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/START_ERROR}}
    <input id="s_start" name="start" class="short" value="{{START_VALUE}}"{{#START_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/START_ERROR}}>
  </div>
  <div class="field">
    <label for="s_end">Ends (HH:MM)</label>
    {{#END_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/END_ERROR}}
    <input id="s_end" name="end" class="short" value="{{END_VALUE}}"{{#END_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/END_ERROR}}>
  </div>
</div>
<div class="field">
  <label for="s_room">Room</label>
  <input id="s_room" name="room" value="{{ROOM_VALUE}}">
</div>
<div class="field">
  <label for="s_join_url">Online join link (shown only to registered participants)</label>
  {{#JOIN_URL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/JOIN_URL_ERROR}}
  <input id="s_join_url" name="join_url" value="{{JOIN_URL_VALUE}}"{{#JOIN_URL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/JOIN_URL_ERROR}}>
</div>
<div class="field">
  <label for="s_webcast_url">Public webcast link</label>
  {{#WEBCAST_URL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/WEBCAST_URL_ERROR}}
  <input id="s_webcast_url" name="webcast_url" value="{{WEBCAST_URL_VALUE}}"{{#WEBCAST_URL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/WEBCAST_URL_ERROR}}>
</div>
<div class="field">
  <label for="s_chair">Chair</label>
  <input id="s_chair" name="chair" value="{{CHAIR_VALUE}}">
</div>
<div class="field">
  <label for="s_speakers">Speakers, one per line</label>
  <textarea id="s_speakers" name="speakers" rows="3">{{SPEAKERS_VALUE:pre_escape}}</textarea>
</div>
<div class="field">
  <label for="s_description">Description</label>
  <textarea id="s_description" name="description" rows="3">{{DESCRIPTION_VALUE:pre_escape}}</textarea>
</div>
<div class="field">
  <label for="s_questions">Questions for discussion, one per line</label>
  <textarea id="s_questions" name="questions" rows="3">{{QUESTIONS_VALUE:pre_escape}}</textarea>
</div>
