// Small enhancements on top of pages that work without JavaScript.
// Inline editing in the matrix: focus the form when it arrives, Escape closes it and returns to the cell.
(function () {
  "use strict";
  var lastCell = null;

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("td.cell")) {
      lastCell = event.detail.elt;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var panel = document.getElementById("inline-editor");
    if (panel && event.detail.target === panel) {
      var first = panel.querySelector("select, input:not([type=hidden]), textarea");
      var summary = panel.querySelector(".error-summary");
      (summary || first || panel).focus();
    }
  });

  document.addEventListener("keydown", function (event) {
    var panel = document.getElementById("inline-editor");
    if (event.key === "Escape" && panel && panel.contains(document.activeElement)) {
      panel.innerHTML = "";
      if (lastCell && document.body.contains(lastCell)) {
        lastCell.focus();
      }
    }
  });
})();
