// Small enhancements on top of pages that work without JavaScript.
(function () {
  "use strict";

  // ---- Inline editing in the matrix: the cell form opens in a modal dialog named after its cell; the Close
  // button and Escape close it and give the focus back to the cell.
  var lastCell = null;

  function dialog() {
    return document.getElementById("inline-dialog");
  }

  function closeEditor() {
    var box = dialog();
    var panel = document.getElementById("inline-editor");
    if (panel) {
      panel.innerHTML = "";
    }
    if (box && box.open) {
      box.close();
    }
    if (lastCell && document.body.contains(lastCell)) {
      lastCell.focus();
    }
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("td.cell")) {
      lastCell = event.detail.elt;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var panel = document.getElementById("inline-editor");
    if (panel && event.detail.target === panel) {
      var box = dialog();
      if (box && !box.open && box.showModal) {
        box.showModal();
      }
      var first = panel.querySelector("select, input:not([type=hidden]), textarea");
      var summary = panel.querySelector(".error-summary");
      (summary || first || panel).focus();
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-close-dialog]")) {
      closeEditor();
    }
  });

  document.addEventListener("cancel", function (event) {
    if (event.target === dialog()) {
      event.preventDefault();
      closeEditor();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    var panel = document.getElementById("inline-editor");
    if (event.key === "Escape" && panel && panel.contains(document.activeElement)) {
      event.preventDefault();
      closeEditor();
    }
  });

  // ---- Matrix rows open a details line (without JavaScript the link jumps to it, shown by :target).
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("a.row-toggle");
    if (!toggle) {
      return;
    }
    var details = document.getElementById(toggle.getAttribute("aria-controls"));
    if (details) {
      event.preventDefault();
      var open = details.hidden;
      details.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    }
  });

  // ---- How many field columns are out of view, to the right and to the left of the scrolled matrix.
  function updateScrollHint() {
    var box = document.querySelector(".matrix-scroll");
    var hint = document.getElementById("matrix-scroll-hint");
    if (!box || !hint) {
      return;
    }
    var heads = box.querySelectorAll("thead th.field");
    var frame = box.getBoundingClientRect();
    var sticky = box.querySelector("thead th.sticky-2");
    var leftEdge = sticky ? sticky.getBoundingClientRect().right : frame.left;
    var right = 0;
    var left = 0;
    heads.forEach(function (head) {
      var place = head.getBoundingClientRect();
      if (place.left + place.width / 2 > frame.right) {
        right++;
      } else if (place.right - place.width / 2 < leftEdge) {
        left++;
      }
    });
    var text;
    if (right === 0 && left === 0) {
      text = "All " + heads.length + " field columns are in view.";
    } else {
      text = (heads.length - right - left) + " of " + heads.length + " field columns in view"
        + (right ? "; " + right + " more to the right →" : "") + (left ? "; " + left + " to the left ←" : "")
        + ". Scroll the table sideways to see them.";
    }
    if (hint.textContent !== text) {
      hint.textContent = text;
    }
  }

  var pending = false;
  function scheduleHint() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        updateScrollHint();
      });
    }
  }

  document.addEventListener("scroll", function (event) {
    if (event.target.classList && event.target.classList.contains("matrix-scroll")) {
      scheduleHint();
    }
  }, true);
  window.addEventListener("resize", scheduleHint);
  document.addEventListener("htmx:afterSettle", scheduleHint);
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("a.row-toggle").forEach(function (toggle) {
      toggle.setAttribute("aria-expanded", "false");
    });
    updateScrollHint();
  });
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("a.row-toggle:not([aria-expanded])").forEach(function (toggle) {
      toggle.setAttribute("aria-expanded", "false");
    });
  });

  // ---- The citation's permalink gets this site's origin when the server does not know its public address.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-origin]").forEach(function (origin) {
      if (!origin.textContent) {
        origin.textContent = window.location.origin;
      }
    });
  });

  // ---- Login: after a failed try the form comes back with the user name typed before (kept in this tab only),
  // and the focus goes to the password.
  document.addEventListener("submit", function (event) {
    var name = event.target.querySelector && event.target.querySelector("#j_username");
    if (name) {
      try { window.sessionStorage.setItem("tracker.login", name.value); } catch (ignored) { /* storage off */ }
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var name = document.getElementById("j_username");
    if (!name || !document.getElementById("error-summary")) {
      return;
    }
    var kept = null;
    try { kept = window.sessionStorage.getItem("tracker.login"); } catch (ignored) { /* storage off */ }
    if (kept && !name.value) {
      name.value = kept;
      var password = document.getElementById("j_password");
      if (password) {
        password.focus();
      }
    }
  });

  // ---- On a phone the matrix filters start folded (unless one is in use), so the list comes first.
  document.addEventListener("DOMContentLoaded", function () {
    if (window.matchMedia && window.matchMedia("(max-width: 37.5rem)").matches) {
      document.querySelectorAll("details[data-fold-on-phone]:not([data-in-use])").forEach(function (box) {
        box.open = false;
      });
    }
  });
})();
