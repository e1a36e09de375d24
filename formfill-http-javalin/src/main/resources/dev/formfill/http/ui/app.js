// FormFill upload page: upload, poll the job, offer the download, preview the detected fields.
// Plain browser JavaScript, no build step. Talks only to the job API documented at /openapi.json.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  // Sensitivity 1..5 → detector confidence threshold (3 = the library default 0.3).
  const CONFIDENCE = { 1: 0.6, 2: 0.45, 3: 0.3, 4: 0.2, 5: 0.1 };
  const COLORS = { TextBox: '#2857d6', ChoiceButton: '#1a8f3c', Signature: '#c2410c' };
  const POLL_MS = 400;

  let job = null; // { id, token }

  function authHeaders() {
    const h = {};
    const key = $('api-key').value;
    if (key) h['X-API-Key'] = key;
    if (job && job.token) h['X-Job-Token'] = job.token;
    return h;
  }

  function api(path) {
    return new URL(path, document.baseURI).toString();
  }

  async function problemText(res) {
    try {
      const p = await res.json();
      return (p.title || res.status) + ': ' + (p.detail || '') + (p.type ? ' (' + p.type + ')' : '');
    } catch (e) {
      return 'HTTP ' + res.status;
    }
  }

  function showError(text) {
    $('error').textContent = text;
    $('error').classList.remove('hidden');
    $('submit').disabled = false;
  }

  function setProgress(fraction, status, message) {
    const pct = Math.round(fraction * 100);
    $('progress').value = pct;
    $('progress-percent').textContent = pct + '%';
    $('stage').textContent = status;
    $('message').textContent = message ? '— ' + message : '';
  }

  async function submit(ev) {
    ev.preventDefault();
    const file = $('file').files[0];
    if (!file) return;
    job = null;
    $('submit').disabled = true;
    $('error').classList.add('hidden');
    $('download').classList.add('hidden');
    $('preview-section').classList.add('hidden');
    $('pages').replaceChildren();
    $('progress-section').classList.remove('hidden');
    setProgress(0, 'uploading', file.name);

    const options = {
      model: $('model').value,
      confidence: CONFIDENCE[$('sensitivity').value],
      useSignatureFields: $('signatures').checked,
      keepExistingFields: $('keep-existing').checked,
    };
    const body = new FormData();
    body.append('options', JSON.stringify(options));
    body.append('file', file, file.name);
    let res;
    try {
      res = await fetch(api('jobs'), { method: 'POST', body, headers: authHeaders() });
    } catch (e) {
      showError('Upload failed: ' + e.message);
      return;
    }
    if (res.status !== 202) {
      showError(await problemText(res));
      return;
    }
    const created = await res.json();
    job = { id: created.job_id, token: created.token };
    setProgress(created.progress, created.status, '');
    poll();
  }

  async function poll() {
    let res;
    try {
      res = await fetch(api('jobs/' + job.id), { headers: authHeaders(), cache: 'no-store' });
    } catch (e) {
      setTimeout(poll, POLL_MS * 3); // transient network trouble: keep trying
      return;
    }
    if (!res.ok) {
      showError(await problemText(res));
      return;
    }
    const j = await res.json();
    setProgress(j.progress, j.status, j.message);
    if (j.status === 'ready') {
      await finished(j);
    } else if (j.status === 'failed' || j.status === 'cancelled') {
      showError('Job ' + j.status + ': ' + (j.error ? j.error.detail + ' (' + j.error.type + ')' : ''));
    } else {
      setTimeout(poll, POLL_MS);
    }
  }

  async function finished(j) {
    const link = $('download');
    link.href = api(j.download_url.replace(/^\//, ''));
    link.setAttribute('download', downloadName(j.original_name));
    if ($('api-key').value) {
      // A plain link cannot send the API key header: fetch the file and offer it from memory.
      const res = await fetch(link.href, { headers: authHeaders() });
      if (res.ok) link.href = URL.createObjectURL(await res.blob());
    }
    link.classList.remove('hidden');
    $('submit').disabled = false;
    await preview();
  }

  function downloadName(original) {
    const base = (original || 'document').replace(/^.*[\\/]/, '').replace(/\.pdf$/i, '');
    return base.replace(/[^\p{L}\p{N}._-]/gu, '_') + '_fillable.pdf';
  }

  async function preview() {
    const res = await fetch(api('jobs/' + job.id + '/fields'), { headers: authHeaders() });
    if (!res.ok) return;
    const data = await res.json();
    const counts = {};
    data.fields.forEach((f) => { counts[f.type] = (counts[f.type] || 0) + 1; });
    $('field-summary').textContent = '— ' + data.fields.length + ' fields' +
      Object.keys(counts).map((k) => ', ' + counts[k] + ' ' + k).join('');
    $('preview-section').classList.remove('hidden');
    for (let p = 0; p < data.page_count; p++) {
      await drawPage(p, data.fields.filter((f) => f.page === p));
    }
  }

  async function drawPage(page, fields) {
    const res = await fetch(api('jobs/' + job.id + '/pages/' + page), { headers: authHeaders() });
    if (!res.ok) return;
    const bitmap = await createImageBitmap(await res.blob());
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.className = 'page-canvas';
    canvas.dataset.page = String(page);
    canvas.dataset.fields = String(fields.length);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    g.lineWidth = 2;
    for (const f of fields) {
      const [x0, y0, x1, y1] = f.box;
      g.strokeStyle = COLORS[f.type] || '#7c3aed';
      g.fillStyle = g.strokeStyle + '22';
      const x = x0 * canvas.width, y = y0 * canvas.height;
      const w = (x1 - x0) * canvas.width, h = (y1 - y0) * canvas.height;
      g.fillRect(x, y, w, h);
      g.strokeRect(x, y, w, h);
    }
    const wrap = document.createElement('div');
    wrap.className = 'page';
    const caption = document.createElement('div');
    caption.className = 'legend-text';
    caption.textContent = 'Page ' + (page + 1) + ' · ' + fields.length + ' fields (blue text, green checkbox, orange signature)';
    wrap.append(caption, canvas);
    $('pages').append(wrap);
  }

  async function init() {
    $('upload-form').addEventListener('submit', submit);
    $('sensitivity').addEventListener('input', () => { $('sensitivity-value').textContent = $('sensitivity').value; });
    try {
      const res = await fetch(api('health'), { cache: 'no-store' });
      const h = await res.json();
      if (h.api_key_required) $('api-key-row').classList.remove('hidden');
    } catch (e) {
      // health is informational only
    }
  }

  init();
})();
