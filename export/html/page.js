(function () {
  "use strict";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var fmt = function (n) { return n.toLocaleString("en-US"); };

  function setup(table) {
    var tools = document.querySelector('.tools[data-for="' + table.id + '"]');
    var pager = document.querySelector('.pager[data-pager="' + table.id + '"]');
    var body = table.tBodies[0];
    var size = parseInt(table.getAttribute("data-page"), 10) || 100;
    var rows = [];
    each(body.rows, function (tr) { rows.push({ tr: tr, text: tr.textContent.toLowerCase() }); });
    var q = tools ? tools.querySelector("[data-q]") : null;
    var selects = tools ? Array.prototype.slice.call(tools.querySelectorAll("select[data-key]")) : [];
    var count = tools ? tools.querySelector(".count") : null;
    var svgID = table.getAttribute("data-svg");
    var svg = svgID ? document.getElementById(svgID) : null;
    var bars = svg ? Array.prototype.slice.call(svg.querySelectorAll(".bar")) : [];
    var shown = rows, page = 0, visible = rows.slice();

    function render() {
      var pages = Math.max(1, Math.ceil(shown.length / size));
      if (page >= pages) { page = pages - 1; }
      var from = page * size, to = Math.min(shown.length, from + size);
      each(visible, function (tr) { tr.hidden = true; });
      visible = [];
      for (var i = from; i < to; i++) { shown[i].tr.hidden = false; visible.push(shown[i].tr); }
      if (count) {
        var what = shown.length === rows.length ? fmt(rows.length) : fmt(shown.length) + " of " + fmt(rows.length);
        count.textContent = shown.length === 0 ? "Nothing matches" :
          (to - from < shown.length ? "Showing " + fmt(from + 1) + "–" + fmt(to) + " of " + what : "Showing " + what);
      }
      if (pager) { drawPager(pages); }
    }

    function button(label, target, disabled) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.disabled = disabled;
      b.addEventListener("click", function () { page = target; render(); table.scrollIntoView({ block: "nearest" }); });
      return b;
    }

    function drawPager(pages) {
      while (pager.firstChild) { pager.removeChild(pager.firstChild); }
      if (pages < 2) { return; }
      pager.appendChild(button("‹ Previous", page - 1, page === 0));
      var label = document.createElement("span");
      label.textContent = "Page " + fmt(page + 1) + " of " + fmt(pages);
      pager.appendChild(label);
      pager.appendChild(button("Next ›", page + 1, page >= pages - 1));
    }

    function filter() {
      var words = q ? q.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
      var want = [];
      selects.forEach(function (s) { if (s.value !== "") { want.push(["data-" + s.getAttribute("data-key"), s.value]); } });
      shown = rows.filter(function (r) {
        for (var i = 0; i < words.length; i++) { if (r.text.indexOf(words[i]) < 0) { return false; } }
        for (var j = 0; j < want.length; j++) { if (r.tr.getAttribute(want[j][0]) !== want[j][1]) { return false; } }
        return true;
      });
      page = 0;
      render();
      if (bars.length) {
        var active = words.length > 0 || want.length > 0, ids = {};
        shown.forEach(function (r) { ids[r.tr.getAttribute("data-id")] = true; });
        bars.forEach(function (b) { b.classList.toggle("dim", active && !ids[b.getAttribute("data-id")]); });
      }
    }

    // Sorting: a button in each sortable header; text, number or a sort key.
    each(table.tHead.rows[0].cells, function (th, col) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        each(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        var key = function (r) {
          var cell = r.tr.cells[col], v = cell.getAttribute("data-v");
          if (v === null) { v = cell.textContent.trim(); }
          if (kind === "n") { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
          return v.toLowerCase();
        };
        var keyed = rows.map(function (r, i) { return { r: r, k: key(r), i: i }; });
        keyed.sort(function (a, b) {
          var c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
          if (kind === "t" && typeof a.k === "string") { c = a.k.localeCompare(b.k); }
          return c * dir || a.i - b.i;
        });
        rows = keyed.map(function (x) { return x.r; });
        var frag = document.createDocumentFragment();
        rows.forEach(function (r) { frag.appendChild(r.tr); });
        body.appendChild(frag);
        filter();
      });
    });

    if (q) { q.addEventListener("input", filter); }
    selects.forEach(function (s) { s.addEventListener("change", filter); });
    each(rows, function (r) { r.tr.hidden = true; });
    visible = [];
    render();

    // Printing shows every row that the filters let through.
    window.addEventListener("beforeprint", function () { shown.forEach(function (r) { r.tr.hidden = false; }); visible = shown.map(function (r) { return r.tr; }); });
    window.addEventListener("afterprint", render);
  }

  each(document.querySelectorAll("table[data-page]"), setup);

  // Tapping a bar or a marker (phones have no hover) shows its title below
  // the timeline.
  var info = document.getElementById("tl-info");
  var chart = document.getElementById("tl");
  if (info && chart) {
    chart.addEventListener("click", function (ev) {
      var g = ev.target.closest ? ev.target.closest(".bar, .ms, .rel") : null;
      var title = g ? g.querySelector("title") : null;
      info.hidden = !title;
      info.textContent = title ? title.textContent.split("\n").join(" · ") : "";
    });
  }

  // Printing fits the timeline to the page's width.
  var tl = document.querySelector(".tl-in");
  if (tl) {
    window.addEventListener("beforeprint", function () {
      var w = tl.scrollWidth;
      if (w > 700) { tl.style.zoom = String(700 / w); }
    });
    window.addEventListener("afterprint", function () { tl.style.zoom = ""; });
  }
}());
