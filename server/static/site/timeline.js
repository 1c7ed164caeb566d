// The timeline's actor filter and its claims toggle apply as soon as they change; without
// this script the form's button does the same.
(function () {
  "use strict";
  var select = document.getElementById("actor");
  if (!select || !select.form) { return; }
  select.addEventListener("change", function () { select.form.submit(); });
  var claims = document.getElementById("claims");
  if (claims) { claims.addEventListener("change", function () { select.form.submit(); }); }
  var button = select.form.querySelector("button[type=submit]");
  if (button) { button.hidden = true; }
}());
