// Sends the CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A button with data-dvk-copy="#id" copies that element's text and says so for a moment.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-dvk-copy]");
  if (!button) {
    return;
  }
  var source = document.querySelector(button.getAttribute("data-dvk-copy"));
  if (!source || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(source.innerText.trim()).then(function () {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-dvk-copied") || label;
    setTimeout(function () { button.textContent = label; }, 2000);
  });
});

// A form's error summary takes the focus, so that a screen reader reads it first (also after an
// htmx swap); its links move the focus to the field they name.
function dvkFocusErrorSummary(root) {
  var summary = root.querySelector("[data-dvk-error-summary]");
  if (summary) {
    summary.focus();
  }
}
dvkFocusErrorSummary(document);
document.addEventListener("htmx:afterSwap", function (event) {
  dvkFocusErrorSummary(event.detail.target);
});
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-dvk-error-summary] a[href^='#']");
  var field = link && document.getElementById(link.getAttribute("href").substring(1));
  if (field) {
    event.preventDefault();
    field.focus();
    (field.closest(".mb-3, [class*='col-'], fieldset, td") || field).scrollIntoView({block: "center"});
  }
});
