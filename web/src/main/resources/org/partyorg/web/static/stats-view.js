/*
 * The statistics view: charts of `partyorg stats --format json` with Apache ECharts. Shared by the page
 * of `partyorg serve` and the HTML report of `partyorg stats --format html`, so both show the same.
 * Every text from the data is put in with textContent or handed to ECharts (which escapes it), never
 * parsed as HTML.
 */
(function (global) {
  'use strict';

  var TEXT = {
    zh: {
      overview: '概况', organizations: '党组织', members: '党员', grids: '网格', households: '户数',
      serviceRecords: '网格服务记录', postings: '驻村人员', villageSecretaries: '村党组织书记',
      orgType: '党组织类型', orgSector: '党组织所在领域', memberStage: '党员发展阶段', memberStatus: '党员状态',
      ageBand: '党员年龄结构', education: '党员学历', ethnicity: '党员民族（前 10）',
      secretaryBackground: '村党组织书记构成', wealthLeaders: '致富能手', returnedTalents: '回引人才',
      collegeGraduates: '大学毕业生', townshipGrids: '各乡镇网格数', serviceByMonth: '网格服务记录（按乡镇、月份）',
      postingsByYear: '驻村人员（按派驻年份）', postingStatus: '驻村人员状态',
      workingLife: '组织生活（1.1 格式）', applications: '发展党员漏斗', meetingsByKind: '会议（按类型）',
      cadence: '会议召开情况：完成最少的党组织 × 月份', dues: '党费', duesPayments: '交纳记录',
      membersInArrears: '上月未交纳党费的党员', transfers: '组织关系转接（按状态）', elections: '换届选举',
      held: '次', turnout: '参会率', cadenceShare: '应开会议完成率', compliant: '全部按期召开的党组织',
      noData: '无数据', others: '其他', count: '数量', share: '占比', shapeErrors: '读取时有 {0} 个结构错误：以下统计只包括能读取的记录。',
      meetings: '会议次数', total: '合计'
    },
    en: {
      overview: 'Overview', organizations: 'Organizations', members: 'Members', grids: 'Grids', households: 'Households',
      serviceRecords: 'Service records', postings: 'Postings', villageSecretaries: 'Village secretaries',
      orgType: 'Organizations by type', orgSector: 'Organizations by sector', memberStage: 'Members by stage',
      memberStatus: 'Members by status', ageBand: 'Members by age', education: 'Members by education',
      ethnicity: 'Members by ethnicity (top 10)', secretaryBackground: 'Village secretaries by background',
      wealthLeaders: 'Wealth leaders', returnedTalents: 'Returned talents', collegeGraduates: 'College graduates',
      townshipGrids: 'Grids per township', serviceByMonth: 'Service records per township and month',
      postingsByYear: 'Postings by start year', postingStatus: 'Postings by status',
      workingLife: 'Working life (format 1.1)', applications: 'Applications funnel', meetingsByKind: 'Meetings by kind',
      cadence: 'Meetings held: the organizations that kept the fewest, by month', dues: 'Dues',
      duesPayments: 'Payments', membersInArrears: 'Members without dues last month', transfers: 'Transfers by status',
      elections: 'Elections', held: 'held', turnout: 'turnout', cadenceShare: 'Owed meetings held',
      compliant: 'Organizations that held every one', noData: 'No data', others: 'Others', count: 'Count',
      share: 'Share', shapeErrors: 'Reading met {0} shape error(s): these counts cover only the records that could be read.',
      meetings: 'Meetings', total: 'Total'
    }
  };

  var charts = [];

  function t(lang, key) {
    return (TEXT[lang] || TEXT.zh)[key] || key;
  }

  function label(labels, lang, type, name) {
    var table = labels && (labels[lang] || labels.zh);
    return (table && table[type + '.' + name]) || name;
  }

  function sum(counts) {
    var total = 0;
    Object.keys(counts || {}).forEach(function (k) { total += counts[k]; });
    return total;
  }

  function entries(counts) {
    return Object.keys(counts || {}).map(function (k) { return [k, counts[k]]; });
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function percent(part, whole) {
    return whole ? (100 * part / whole).toFixed(1) + '%' : '0%';
  }

  /** A card with a title and a chart; `points` data points are recorded on the card for a reader (and the tests). */
  function card(parent, id, title, option, points) {
    var section = el('section', 'chart-card');
    section.setAttribute('data-chart', id);
    section.appendChild(el('h3', null, title));
    var box = el('div', 'chart');
    section.appendChild(box);
    parent.appendChild(section);
    section.setAttribute('data-points', String(points));
    if (!points) {
      box.className = 'chart empty';
      box.textContent = t(currentLang, 'noData');
      return;
    }
    var chart = global.echarts.init(box, null, { renderer: 'canvas' });
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'item' };
    chart.setOption(option);
    charts.push(chart);
    section.setAttribute('data-rendered', 'true');
  }

  function bar(labelsOf, pairs, horizontal) {
    var names = pairs.map(function (p) { return labelsOf(p[0]); });
    var values = pairs.map(function (p) { return p[1]; });
    var category = { type: 'category', data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : (names.length > 5 ? 30 : 0) } };
    var value = { type: 'value', minInterval: 1 };
    return {
      grid: { left: horizontal ? 120 : 50, right: 20, top: 20, bottom: horizontal ? 30 : 70 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: [{ type: 'bar', data: values, label: { show: pairs.length <= 12, position: horizontal ? 'right' : 'top' } }]
    };
  }

  function pie(labelsOf, pairs) {
    return {
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} ({d}%)' },
        data: pairs.map(function (p) { return { name: labelsOf(p[0]), value: p[1] }; }) }]
    };
  }

  function nonZero(pairs) {
    return pairs.filter(function (p) { return p[1] > 0; }).length;
  }

  function top(pairs, n) {
    return pairs.slice().sort(function (a, b) { return b[1] - a[1]; }).slice(0, n);
  }

  function kpi(parent, title, value, note) {
    var box = el('div', 'kpi');
    box.appendChild(el('div', 'kpi-value', value));
    box.appendChild(el('div', 'kpi-title', title));
    if (note) {
      box.appendChild(el('div', 'kpi-note', note));
    }
    parent.appendChild(box);
  }

  var currentLang = 'zh';

  /**
   * Renders statistics into a container (its previous content and charts are dropped).
   *
   * @param container an element
   * @param stats the JSON of `partyorg stats --format json`
   * @param labels the JSON of /api/labels: {zh: {...}, en: {...}}
   * @param lang 'zh' or 'en'
   */
  function render(container, stats, labels, lang) {
    currentLang = lang === 'en' ? 'en' : 'zh';
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    container.textContent = '';
    var T = function (key) { return t(currentLang, key); };
    var L = function (type) { return function (name) { return label(labels, currentLang, type, name); }; };

    if (stats.shapeErrors > 0) {
      container.appendChild(el('p', 'notice', T('shapeErrors').replace('{0}', stats.shapeErrors)));
    }
    var o = stats.organizations || {};
    var m = stats.members || {};
    var g = stats.grids || {};
    var p = stats.postings || {};
    var vs = stats.villageSecretaries || {};

    var kpis = el('div', 'kpis');
    kpis.setAttribute('data-view', 'overview');
    kpi(kpis, T('organizations'), sum(o.byType));
    kpi(kpis, T('members'), sum(m.byStage));
    kpi(kpis, T('grids'), g.grids || 0, T('households') + ' ' + (g.households || 0));
    kpi(kpis, T('serviceRecords'), sum(stats.serviceRecordsByCategory));
    kpi(kpis, T('postings'), sum(p.byRole));
    kpi(kpis, T('villageSecretaries'), vs.secretaries || 0,
        T('wealthLeaders') + ' ' + percent(vs.wealthLeaders, vs.secretaries) + ' · ' + T('returnedTalents') + ' '
        + percent(vs.returnedTalents, vs.secretaries) + ' · ' + T('collegeGraduates') + ' ' + percent(vs.collegeGraduates, vs.secretaries));
    container.appendChild(kpis);

    var grid = el('div', 'charts');
    container.appendChild(grid);
    var pairs;

    pairs = entries(o.byType);
    card(grid, 'orgType', T('orgType'), bar(L('OrgType'), pairs), nonZero(pairs));
    pairs = entries(o.bySector);
    card(grid, 'orgSector', T('orgSector'), pie(L('Sector'), pairs), nonZero(pairs));
    pairs = entries(m.byStage);
    card(grid, 'memberStage', T('memberStage'), pie(L('MemberStage'), pairs), nonZero(pairs));
    pairs = entries(m.byStatus);
    card(grid, 'memberStatus', T('memberStatus'), bar(L('MemberStatus'), pairs), nonZero(pairs));
    pairs = entries(m.byAgeBand);
    card(grid, 'ageBand', T('ageBand'), bar(L('AgeBand'), pairs), nonZero(pairs));
    pairs = top(entries(m.byEducation), 12);
    card(grid, 'education', T('education'), bar(L('Education'), pairs, true), nonZero(pairs));
    pairs = top(entries(m.byEthnicity), 10);
    card(grid, 'ethnicity', T('ethnicity'), bar(L('Ethnicity'), pairs, true), nonZero(pairs));

    var background = [['wealthLeaders', vs.wealthLeaders || 0], ['returnedTalents', vs.returnedTalents || 0],
      ['collegeGraduates', vs.collegeGraduates || 0]];
    var secretaryOption = bar(T, background);
    secretaryOption.series[0].label = { show: true, position: 'top', formatter: function (d) {
      return d.value + ' (' + percent(d.value, vs.secretaries) + ')';
    } };
    card(grid, 'secretaryBackground', T('secretaryBackground') + ' (' + (vs.secretaries || 0) + ')', secretaryOption,
        vs.secretaries ? nonZero(background) : 0);

    var townships = stats.townships || [];
    var townshipName = function (t) { return t.name || t.code; };
    pairs = townships.map(function (t) { return [townshipName(t), t.grids]; });
    card(grid, 'townshipGrids', T('townshipGrids'), bar(function (x) { return x; }, top(pairs, 20), true), nonZero(pairs));

    var months = {};
    townships.forEach(function (t) { Object.keys(t.serviceRecordsByMonth || {}).forEach(function (k) { months[k] = true; }); });
    var monthList = Object.keys(months).sort();
    var busiest = townships.slice().sort(function (a, b) {
      return sum(b.serviceRecordsByMonth) - sum(a.serviceRecordsByMonth);
    });
    var shown = busiest.slice(0, 8);
    var series = shown.map(function (t) {
      return { name: townshipName(t), type: 'bar', stack: 'all',
        data: monthList.map(function (k) { return (t.serviceRecordsByMonth || {})[k] || 0; }) };
    });
    if (busiest.length > shown.length) {
      series.push({ name: T('others'), type: 'bar', stack: 'all', data: monthList.map(function (k) {
        var n = 0;
        busiest.slice(shown.length).forEach(function (t) { n += (t.serviceRecordsByMonth || {})[k] || 0; });
        return n;
      }) });
    }
    card(grid, 'serviceByMonth', T('serviceByMonth'), {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0, type: 'scroll' },
      grid: { left: 50, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: monthList }, yAxis: { type: 'value', minInterval: 1 }, series: series
    }, monthList.length ? series.length : 0);

    pairs = entries(p.byStartYear);
    card(grid, 'postingsByYear', T('postingsByYear'), {
      tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: pairs.map(function (x) { return x[0]; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', data: pairs.map(function (x) { return x[1]; }), label: { show: true } }]
    }, nonZero(pairs));
    pairs = entries(p.byStatus);
    card(grid, 'postingStatus', T('postingStatus'), pie(L('PostingStatus'), pairs), nonZero(pairs));

    var life = stats.workingLife || {};
    var lifeCount = sum(life.applicationsByStage) + sum(life.meetingsByKind) + sum(life.transfersByStatus)
        + ((life.dues || {}).payments || 0) + ((life.elections || {}).held || 0);
    if (!lifeCount) {
      return;
    }
    var lifeTitle = el('h2', 'section-title', T('workingLife'));
    container.appendChild(lifeTitle);
    var lifeKpis = el('div', 'kpis');
    var cadence = life.cadence || {};
    var elections = life.elections || {};
    var dues = life.dues || {};
    kpi(lifeKpis, T('cadenceShare'), percent(cadence.periodsHeld, cadence.periodsOwed),
        T('compliant') + ' ' + (cadence.compliantOrganizations || 0) + ' / ' + (cadence.organizations || 0));
    kpi(lifeKpis, T('elections'), (elections.held || 0) + ' ' + T('held'), T('turnout') + ' ' + (100 * (elections.turnout || 0)).toFixed(1) + '%');
    kpi(lifeKpis, T('dues'), dues.total || '0', T('duesPayments') + ' ' + (dues.payments || 0));
    kpi(lifeKpis, T('membersInArrears'), dues.membersInArrears || 0);
    container.appendChild(lifeKpis);
    var lifeGrid = el('div', 'charts');
    container.appendChild(lifeGrid);

    pairs = entries(life.applicationsByStage);
    card(lifeGrid, 'applications', T('applications'), {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', label: { formatter: '{b}: {c}' },
        data: pairs.map(function (x) { return { name: L('ApplicationStage')(x[0]), value: x[1] }; }) }]
    }, nonZero(pairs));

    var rows = cadence.leastKept || [];
    var cadenceMonths = cadence.months || [];
    var cells = [];
    var most = 1;
    rows.forEach(function (row, y) {
      (row.meetingsByMonth || []).forEach(function (n, x) {
        cells.push([x, y, n]);
        most = Math.max(most, n);
      });
    });
    card(lifeGrid, 'cadence', T('cadence'), {
      tooltip: { position: 'top' },
      grid: { left: 160, right: 20, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: cadenceMonths, splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, splitArea: { show: true },
        data: rows.map(function (r) { return (r.name || r.id) + ' ' + r.held + '/' + r.owed; }) },
      visualMap: { min: 0, max: most, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ name: T('meetings'), type: 'heatmap', data: cells, label: { show: true } }]
    }, cells.length ? rows.length : 0);

    pairs = entries(life.meetingsByKind);
    card(lifeGrid, 'meetingsByKind', T('meetingsByKind'), bar(L('MeetingKind'), pairs), nonZero(pairs));
    pairs = [['duesPayments', dues.payments || 0], ['membersInArrears', dues.membersInArrears || 0]];
    card(lifeGrid, 'dues', T('dues') + ' (' + T('total') + ' ' + (dues.total || '0') + ')', bar(T, pairs), nonZero(pairs));
    pairs = entries(life.transfersByStatus);
    card(lifeGrid, 'transfers', T('transfers'), bar(L('TransferStatus'), pairs), nonZero(pairs));
  }

  function resize() {
    charts.forEach(function (c) { c.resize(); });
  }

  global.PartyOrgStats = { render: render, resize: resize };
  global.addEventListener('resize', resize);
}(window));
