// Matchday console: times in the reader's zone, the CSRF header for htmx, and charts from data attributes.
(function () {
  "use strict";

  function localTimes(root) {
    var format = new Intl.DateTimeFormat(undefined, {dateStyle: "medium", timeStyle: "short"});
    root.querySelectorAll("time[data-local]").forEach(function (el) {
      var d = new Date(el.getAttribute("datetime"));
      if (!isNaN(d)) {
        el.textContent = format.format(d);
        el.title = el.getAttribute("datetime");
      }
    });
  }

  var palette = ["#0b57d0", "#b42318", "#116329", "#8a4b00", "#6e40c9", "#57606a", "#0e7490", "#be185d"];

  function drawCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      var spec = JSON.parse(canvas.dataset.chart);
      if (spec.type === "scatter") {
        // Calibration: forecast against observed frequency, the diagonal for reference.
        new Chart(canvas, {
          type: "scatter",
          data: {datasets: spec.series.map(function (s, i) {
            return {label: s.label, data: s.data.map(function (p) { return {x: p[0], y: p[1]}; }), showLine: true,
              borderColor: s.dashed ? "#8c959f" : palette[i % palette.length], backgroundColor: palette[i % palette.length],
              borderDash: s.dashed ? [4, 4] : undefined, pointRadius: s.dashed ? 0 : 3};
          })},
          options: {responsive: true, maintainAspectRatio: false, animation: false, plugins: {legend: {position: "bottom"}},
            scales: {x: {min: 0, max: 1, title: {display: true, text: spec.x}}, y: {min: 0, max: 1, title: {display: true, text: spec.y}}}}
        });
        canvas.dataset.drawn = "1";
        return;
      }
      var datasets = spec.series.map(function (s, i) {
        var colour = s.colour || palette[i % palette.length];
        return {label: s.label, data: s.data, borderColor: colour, backgroundColor: colour + (spec.type === "bar" ? "99" : "33"),
          borderDash: s.dashed ? [6, 4] : undefined, pointRadius: spec.labels.length < 25 ? 3 : 0, borderWidth: 2, tension: 0,
          spanGaps: true, fill: false};
      });
      new Chart(canvas, {
        type: spec.type || "line",
        data: {labels: spec.labels, datasets: datasets},
        options: {
          indexAxis: spec.horizontal ? "y" : "x",
          responsive: true, maintainAspectRatio: false, animation: false,
          interaction: {mode: "index", intersect: false},
          plugins: {legend: {position: "bottom"}, title: {display: !!spec.title, text: spec.title}},
          scales: {x: {title: {display: !!spec.x, text: spec.x}, ticks: {maxTicksLimit: 12}},
                   y: {title: {display: !!spec.y, text: spec.y}}}
        }
      });
      canvas.dataset.drawn = "1";
    });
  }

  function init(root) {
    localTimes(root);
    drawCharts(root);
    // A marker for tests and tools: how many charts the page drew without a script error.
    document.body.dataset.charts = String(document.querySelectorAll("canvas[data-drawn]").length);
  }

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
    var token = document.body.dataset.csrf;
    document.body.addEventListener("htmx:configRequest", function (e) {
      if (token) {
        e.detail.headers["X-CSRF-TOKEN"] = token;
      }
    });
    document.body.addEventListener("htmx:afterSwap", function (e) {
      init(e.detail.target);
    });
  });
})();
