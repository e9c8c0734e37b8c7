/*
 * The validation page of `partyorg serve`: sends a file to /api/validate and /api/stats, shows the
 * report's findings (filtered, sorted, a page at a time, so 100,000 stay fast) and the statistics
 * view. The server masks personal numbers in what it sends the page (masked=true); every text from
 * the data goes in with textContent, never as HTML.
 */
(function () {
  'use strict';

  var TEXT = {
    zh: {
      title: '党组织数据校验', switchLanguage: 'English', dropHint: '把数据文件拖到这里，或', chooseFile: '选择文件',
      formHint: '文档（.json）或流（.ndjson、.jsonl），格式 1.0 或 1.1', pasteSummary: '或粘贴 JSON',
      pastePlaceholder: '{"schemaVersion": "1.0", ...}', validatePaste: '校验粘贴的内容',
      divisions: '对照国家统计局 2023 区划代码（IDN-021）', tabFindings: '校验结果', tabStats: '统计图表',
      filterSeverity: '严重程度', filterRule: '规则', filterType: '记录类型', colSeverity: '严重程度', colRule: '规则',
      colType: '记录类型', colRecord: '记录', colPath: '位置', colMessage: '说明', previous: '上一页', next: '下一页',
      ruleChecks: '检查内容', ruleSeverity: '严重程度', ruleSource: '依据', ruleExample: '违反示例', ruleFix: '如何修正',
      ruleMore: '规则目录中的说明', close: '关闭',
      privacy: '上传的数据只在本机服务器的内存中读取，不写入磁盘、不记入日志；页面上的身份证号和手机号均已遮盖。',
      all: '全部', ERROR: '错误', WARNING: '警告', INFO: '提示', validating: '正在校验 {0}…', counting: '正在统计…',
      summary: '{0}：{1} 条记录，{2} 个错误，{3} 个警告，{4} 条提示', clean: '没有发现问题。',
      truncated: '只列出前 {0} 条发现，其余已计数。', stoppedEarly: '校验提前停止。',
      page: '第 {0}/{1} 页', shown: '显示 {0} / {1} 条', none: '没有符合条件的发现。', pasted: '粘贴的内容',
      failed: '请求失败：{0}', statsFailed: '无法统计：{0}', tooLarge: '上传的文件超过服务器的大小限制（{0}）。'
    },
    en: {
      title: 'Party organization data check', switchLanguage: '中文', dropHint: 'Drop a data file here, or',
      chooseFile: 'Choose a file', formHint: 'A document (.json) or a stream (.ndjson, .jsonl), format 1.0 or 1.1',
      pasteSummary: 'Or paste JSON', pastePlaceholder: '{"schemaVersion": "1.0", ...}', validatePaste: 'Validate the pasted text',
      divisions: 'Check division codes against the NBS 2023 registry (IDN-021)', tabFindings: 'Findings', tabStats: 'Statistics',
      filterSeverity: 'Severity', filterRule: 'Rule', filterType: 'Record type', colSeverity: 'Severity', colRule: 'Rule',
      colType: 'Record type', colRecord: 'Record', colPath: 'Path', colMessage: 'Message', previous: 'Previous', next: 'Next',
      ruleChecks: 'Checks', ruleSeverity: 'Severity', ruleSource: 'Source', ruleExample: 'Example that breaks it',
      ruleFix: 'How to fix', ruleMore: 'In the rule catalog', close: 'Close',
      privacy: 'Uploads are read in this server\'s memory only, never written to disk or logged; ID and phone numbers are masked on this page.',
      all: 'All', ERROR: 'Error', WARNING: 'Warning', INFO: 'Info', validating: 'Validating {0}…', counting: 'Counting…',
      summary: '{0}: {1} record(s), {2} error(s), {3} warning(s), {4} info(s)', clean: 'No findings.',
      truncated: 'Only the first {0} findings are listed; the rest are counted.', stoppedEarly: 'Validation stopped early.',
      page: 'Page {0} of {1}', shown: 'Showing {0} of {1}', none: 'No finding matches.', pasted: 'pasted text',
      failed: 'The request failed: {0}', statsFailed: 'No statistics: {0}',
      tooLarge: 'The upload is larger than the server\'s limit of {0}.'
    }
  };
  var PAGE_SIZE = 100;
  var SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 };

  var state = {
    lang: new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh',
    labels: null,
    limits: null,
    upload: null,
    report: null,
    stats: null,
    filtered: [],
    sortKey: null,
    sortDir: 1,
    page: 0
  };

  function $(id) {
    return document.getElementById(id);
  }

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = TEXT[state.lang][key] || key;
    return text.replace(/\{(\d)\}/g, function (_, i) { return String(args[+i]); });
  }

  function label(type, name) {
    var table = state.labels && state.labels[state.lang];
    return (table && table[type + '.' + name]) || name || '';
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = 'partyorg ' + t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (e) {
      e.setAttribute('placeholder', t(e.getAttribute('data-i18n-placeholder')));
    });
  }

  function showError(message) {
    var e = $('error');
    e.textContent = message;
    e.hidden = !message;
  }

  function setStatus(message) {
    $('status').textContent = message || '';
  }

  /** A document or a stream? The file's name says, else its first line: a stream starts with its header. */
  function isStream(name, blob) {
    if (/\.(ndjson|jsonl)$/i.test(name)) {
      return Promise.resolve(true);
    }
    if (/\.json$/i.test(name)) {
      return Promise.resolve(false);
    }
    return blob.slice(0, 65536).text().then(function (head) {
      var first = head.replace(/^\uFEFF/, '').split('\n').filter(function (l) { return l.trim(); })[0] || '';
      try {
        var line = JSON.parse(first);
        return line !== null && typeof line === 'object' && line.recordType === 'header';
      } catch (e) {
        return false;
      }
    });
  }

  function query(stream) {
    var q = new URLSearchParams();
    q.set('locale', state.lang === 'zh' ? 'zh-CN' : 'en');
    q.set('masked', 'true');
    q.set('stream', String(stream));
    q.set('name', state.upload.name);
    if ($('divisions').checked) {
      q.set('divisions', 'true');
    }
    return q.toString();
  }

  function post(path, stream) {
    return fetch(path + '?' + query(stream), {
      method: 'POST',
      headers: { 'Content-Type': stream ? 'application/x-ndjson' : 'application/json' },
      body: state.upload.blob
    }).then(function (response) {
      return response.json().catch(function () { return { error: response.status + ' ' + response.statusText }; })
        .then(function (body) {
          if (!response.ok) {
            throw new Error(body.error || String(response.status));
          }
          return body;
        });
    });
  }

  function size(bytes) {
    return bytes % 1048576 === 0 ? (bytes / 1048576) + ' MiB' : bytes + ' B';
  }

  /** Settled once the names of the constants and the server's limits are known. */
  var ready = Promise.resolve();

  function run(blob, name) {
    ready.then(function () { upload(blob, name); });
  }

  function upload(blob, name) {
    // the server refuses a larger upload too, but a browser may see that only as a reset connection
    if (state.limits && blob.size > state.limits.maxUploadBytes) {
      $('results').hidden = true;
      showError(t('tooLarge', size(state.limits.maxUploadBytes)));
      return;
    }
    state.upload = { blob: blob, name: name };
    validateUpload();
  }

  function validateUpload() {
    if (!state.upload) {
      return;
    }
    showError('');
    setStatus(t('validating', state.upload.name));
    $('results').hidden = true;
    isStream(state.upload.name, state.upload.blob).then(function (stream) {
      state.upload.stream = stream;
      return post('/api/validate', stream);
    }).then(function (report) {
      state.report = report;
      setStatus('');
      showReport();
      return countUpload();
    }).catch(function (e) {
      setStatus('');
      showError(t('failed', e.message));
    });
  }

  function countUpload() {
    state.stats = null;
    $('stats').textContent = '';
    $('stats-status').textContent = t('counting');
    return post('/api/stats', state.upload.stream).then(function (stats) {
      state.stats = stats;
      $('stats-status').textContent = '';
      if (!$('view-stats').hidden) {
        renderStats();
      }
    }).catch(function (e) {
      $('stats-status').textContent = t('statsFailed', e.message);
    });
  }

  function showReport() {
    var s = state.report.summary;
    $('results').hidden = false;
    var summary = $('summary');
    summary.textContent = '';
    var line = document.createElement('p');
    line.id = 'summary-line';
    line.textContent = t('summary', state.upload.name, s.records, s.errors, s.warnings, s.infos);
    summary.appendChild(line);
    ['errors', 'warnings', 'infos'].forEach(function (k) {
      var badge = document.createElement('span');
      badge.className = 'badge ' + k;
      badge.id = 'count-' + k;
      badge.textContent = String(s[k]);
      summary.appendChild(badge);
    });
    if (!state.report.findings.length) {
      summary.appendChild(note(t('clean'), 'clean'));
    }
    if (s.truncated) {
      summary.appendChild(note(t('truncated', state.report.findings.length), 'notice'));
    }
    if (s.stoppedEarly) {
      summary.appendChild(note(t('stoppedEarly'), 'notice'));
    }
    fillFilters();
    state.page = 0;
    applyFilters();
  }

  function note(text, className) {
    var p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  function fillFilters() {
    var findings = state.report.findings;
    var rules = {};
    var types = {};
    var severities = {};
    findings.forEach(function (f) {
      rules[f.ruleId] = (rules[f.ruleId] || 0) + 1;
      types[f.recordType || ''] = (types[f.recordType || ''] || 0) + 1;
      severities[f.severity] = (severities[f.severity] || 0) + 1;
    });
    var keep = {
      severity: $('filter-severity').value, rule: $('filter-rule').value, type: $('filter-type').value
    };
    [$('filter-severity'), $('filter-rule'), $('filter-type')].forEach(function (s) { s.textContent = ''; });
    option($('filter-severity'), '', t('all'));
    ['ERROR', 'WARNING', 'INFO'].forEach(function (k) {
      if (severities[k]) {
        option($('filter-severity'), k, t(k) + ' (' + severities[k] + ')');
      }
    });
    option($('filter-rule'), '', t('all'));
    Object.keys(rules).sort().forEach(function (k) { option($('filter-rule'), k, k + ' (' + rules[k] + ')'); });
    option($('filter-type'), '', t('all'));
    Object.keys(types).sort().forEach(function (k) {
      option($('filter-type'), k || '-', (k ? label('RecordType', k) : '-') + ' (' + types[k] + ')');
    });
    $('filter-severity').value = severities[keep.severity] ? keep.severity : '';
    $('filter-rule').value = rules[keep.rule] ? keep.rule : '';
    $('filter-type').value = keep.type && (types[keep.type] || (keep.type === '-' && types[''])) ? keep.type : '';
  }

  function applyFilters() {
    var severity = $('filter-severity').value;
    var rule = $('filter-rule').value;
    var type = $('filter-type').value;
    state.filtered = state.report.findings.filter(function (f) {
      return (!severity || f.severity === severity) && (!rule || f.ruleId === rule)
          && (!type || (type === '-' ? !f.recordType : f.recordType === type));
    });
    if (state.sortKey) {
      var key = state.sortKey;
      var dir = state.sortDir;
      state.filtered.sort(function (a, b) {
        var x = key === 'severity' ? SEVERITY_ORDER[a.severity] : (a[key] || '');
        var y = key === 'severity' ? SEVERITY_ORDER[b.severity] : (b[key] || '');
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
    }
    state.page = Math.min(state.page, Math.max(0, Math.ceil(state.filtered.length / PAGE_SIZE) - 1));
    renderTable();
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    if (className) {
      td.className = className;
    }
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function renderTable() {
    var body = $('findings').querySelector('tbody');
    body.textContent = '';
    var pages = Math.max(1, Math.ceil(state.filtered.length / PAGE_SIZE));
    var start = state.page * PAGE_SIZE;
    state.filtered.slice(start, start + PAGE_SIZE).forEach(function (f) {
      var row = document.createElement('tr');
      row.className = 'severity-' + f.severity.toLowerCase();
      cell(row, t(f.severity), 'severity');
      var ruleCell = cell(row, '', 'rule');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'rule-link';
      button.textContent = f.ruleId;
      button.addEventListener('click', function () { openRule(f.ruleId); });
      ruleCell.appendChild(button);
      cell(row, f.recordType ? label('RecordType', f.recordType) : '', 'type');
      cell(row, f.recordId, 'record');
      cell(row, f.path, 'path');
      cell(row, f.message, 'message');
      body.appendChild(row);
    });
    if (!state.filtered.length && state.report.findings.length) {
      var empty = document.createElement('tr');
      var td = cell(empty, t('none'), 'none');
      td.colSpan = 6;
      body.appendChild(empty);
    }
    $('page-info').textContent = t('page', state.page + 1, pages);
    $('shown').textContent = t('shown', state.filtered.length, state.report.findings.length);
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= pages - 1;
    document.querySelectorAll('#findings th').forEach(function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === state.sortKey
        ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

  function openRule(id) {
    fetch('/api/rules/' + encodeURIComponent(id) + '?locale=' + (state.lang === 'zh' ? 'zh-CN' : 'en'))
      .then(function (r) { return r.json(); })
      .then(function (rule) {
        if (rule.error) {
          showError(rule.error);
          return;
        }
        $('rule-title').textContent = rule.id + ' ' + rule.title;
        $('rule-checks').textContent = rule.checks;
        $('rule-severity').textContent = rule.severityText;
        $('rule-source').textContent = rule.source;
        $('rule-example').textContent = rule.example;
        $('rule-fix').textContent = rule.fix;
        $('rule-link').href = rule.url;
        $('rule-dialog').showModal();
      })
      .catch(function (e) { showError(t('failed', e.message)); });
  }

  function renderStats() {
    if (state.stats && state.labels) {
      window.PartyOrgStats.render($('stats'), state.stats, state.labels, state.lang);
    }
  }

  function showTab(stats) {
    $('view-findings').hidden = stats;
    $('view-stats').hidden = !stats;
    $('tab-findings').classList.toggle('active', !stats);
    $('tab-stats').classList.toggle('active', stats);
    $('tab-findings').setAttribute('aria-selected', String(!stats));
    $('tab-stats').setAttribute('aria-selected', String(stats));
    if (stats) {
      renderStats();
    }
  }

  function init() {
    applyLanguage();
    ready = Promise.all([
      fetch('/api/labels').then(function (r) { return r.json(); }).then(function (labels) { state.labels = labels; }),
      fetch('/api/limits').then(function (r) { return r.json(); }).then(function (limits) { state.limits = limits; })
    ]).then(function () {
      document.body.setAttribute('data-ready', 'true');
    });
    $('file').addEventListener('change', function () {
      var file = $('file').files[0];
      if (file) {
        run(file, file.name);
      }
      $('file').value = '';
    });
    var drop = $('drop');
    drop.addEventListener('dragover', function (e) {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      drop.classList.remove('over');
      var file = e.dataTransfer.files[0];
      if (file) {
        run(file, file.name);
      }
    });
    $('run-paste').addEventListener('click', function () {
      var text = $('paste').value;
      if (text.trim()) {
        run(new Blob([text], { type: 'application/json' }), t('pasted'));
      }
    });
    ['filter-severity', 'filter-rule', 'filter-type'].forEach(function (id) {
      $(id).addEventListener('change', function () {
        state.page = 0;
        applyFilters();
      });
    });
    document.querySelectorAll('#findings th').forEach(function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-sort');
        state.sortDir = state.sortKey === key ? -state.sortDir : 1;
        state.sortKey = key;
        applyFilters();
      });
    });
    $('prev').addEventListener('click', function () {
      state.page = Math.max(0, state.page - 1);
      renderTable();
    });
    $('next').addEventListener('click', function () {
      state.page += 1;
      renderTable();
    });
    $('tab-findings').addEventListener('click', function () { showTab(false); });
    $('tab-stats').addEventListener('click', function () { showTab(true); });
    $('rule-close').addEventListener('click', function () { $('rule-dialog').close(); });
    $('lang').addEventListener('click', function () {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      applyLanguage();
      // the findings' messages come from the server in one language: ask again in the other
      validateUpload();
    });
  }

  document.addEventListener('DOMContentLoaded', init);
}());
