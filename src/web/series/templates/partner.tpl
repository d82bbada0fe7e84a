{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/partners">Partners</a></p>
<h1>{{NAME}}</h1>
<p>{{KIND}} in the {{GROUP}} group.</p>
{{#SAVED}}<p class="notice" role="status">Saved.</p>{{/SAVED}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<h2>Focal points</h2>
{{#NO_CONTACTS}}<p>No focal point yet.</p>{{/NO_CONTACTS}}
{{#CONTACT_LIST}}<ul>{{#CONTACTS}}<li>{{NAME_VALUE}} ({{TITLE_VALUE}}) – <a href="mailto:{{EMAIL_VALUE}}">{{EMAIL_VALUE}}</a></li>{{/CONTACTS}}</ul>{{/CONTACT_LIST}}
{{#EDIT_CONTACTS}}
<form method="post" action="/manage/partners/{{PARTNER_ID}}/contacts/{{CONTACT_ID}}">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset class="contact-row">
  <legend>Focal point: {{NAME_VALUE}}</legend>
  <div class="field"><label for="c{{CONTACT_ID}}_name">Name</label>
    {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
    <input id="c{{CONTACT_ID}}_name" name="name" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}></div>
  <div class="field"><label for="c{{CONTACT_ID}}_email">E-mail</label>
    {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
    <input id="c{{CONTACT_ID}}_email" name="email" type="email" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}></div>
  <div class="field"><label for="c{{CONTACT_ID}}_title">Position</label>
    <input id="c{{CONTACT_ID}}_title" name="title" value="{{TITLE_VALUE}}"></div>
  <button type="submit">Save</button>
  </fieldset>
</form>
<form method="post" action="/manage/partners/{{PARTNER_ID}}/contacts/{{CONTACT_ID}}/delete" class="inline">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">Remove {{NAME_VALUE}}</button>
</form>
{{/EDIT_CONTACTS}}
{{#ADD_CONTACT}}
<h2>Add a focal point</h2>
<form method="post" action="/manage/partners/{{PARTNER_ID}}/contacts" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="new_name">Name</label>
    {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
    <input id="new_name" name="name" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}></div>
  <div class="field"><label for="new_email">E-mail</label>
    {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
    <input id="new_email" name="email" type="email" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}></div>
  <div class="field"><label for="new_title">Position</label>
    <input id="new_title" name="title" value="{{TITLE_VALUE}}"></div>
  <button type="submit">Add</button>
</form>
{{/ADD_CONTACT}}
