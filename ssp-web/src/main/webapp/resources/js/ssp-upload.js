/*
 * Uploads a data year's files in parts (a national claims file is many GB; the server takes a part of
 * at most partBytes per request and appends it on disk), with a progress bar per file, then asks the
 * server to check the whole file: a file with problems is refused whole and its problems are listed.
 */
function sspUploadYear(input) {
  var box = document.getElementById('upload-status');
  var base = input.getAttribute('data-base');
  var year = document.getElementById(input.getAttribute('data-year-input')).value;
  var files = Array.prototype.slice.call(input.files || []);
  box.textContent = '';
  function row(file) {
    var div = document.createElement('div');
    div.className = 'ssp-upload-row';
    var label = document.createElement('span');
    label.className = 'ssp-upload-name';
    label.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Upload of ' + file.name);
    var text = document.createElement('span');
    text.className = 'ssp-upload-text';
    div.appendChild(label);
    div.appendChild(bar);
    div.appendChild(text);
    box.appendChild(div);
    return {div: div, bar: bar, text: text};
  }
  function send(method, url, body, onProgress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('Accept', 'application/json');
      if (body) {
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      }
      if (onProgress && xhr.upload) {
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) { onProgress(e.loaded); } };
      }
      xhr.onload = function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (ignored) { json = null; }
        resolve({status: xhr.status, json: json});
      };
      xhr.onerror = function () { resolve({status: 0, json: {message: 'The connection was lost.'}}); };
      xhr.send(body || null);
    });
  }
  function problems(ui, json) {
    ui.text.textContent = (json && json.message) || 'Refused.';
    ui.div.classList.add('ssp-upload-refused');
    if (json && json.fields && json.fields.length) {
      var list = document.createElement('ul');
      list.className = 'ssp-upload-problems';
      json.fields.forEach(function (f) {
        var li = document.createElement('li');
        li.textContent = f.field + ': ' + f.message;
        list.appendChild(li);
      });
      ui.div.appendChild(list);
    }
  }
  async function one(file) {
    var ui = row(file);
    var url = base + '/api/assignment/data/' + encodeURIComponent(year) + '/' + encodeURIComponent(file.name);
    var begun = await send('POST', url + '/uploads');
    if (begun.status !== 200) { problems(ui, begun.json); return; }
    var token = begun.json.token, part = begun.json.partBytes, offset = 0;
    while (offset < file.size || (offset === 0 && file.size === 0)) {
      var end = Math.min(file.size, offset + part);
      var start = offset;
      var sent = await send('PUT', url + '/uploads/' + token + '?offset=' + start, file.slice(start, end), function (loaded) {
        ui.bar.value = Math.round(100 * (start + loaded) / Math.max(1, file.size));
        ui.text.textContent = Math.round(100 * (start + loaded) / Math.max(1, file.size)) + '% sent';
      });
      if (sent.status !== 200) { problems(ui, sent.json); return; }
      offset = sent.json.received;
      if (file.size === 0) { break; }
    }
    ui.bar.value = 100;
    ui.text.textContent = 'Checking every row…';
    var done = await send('POST', url + '/uploads/' + token + '/complete');
    if (done.status === 200) {
      ui.text.textContent = 'Loaded: ' + done.json.rows.toLocaleString('en-US') + ' rows.';
      ui.div.classList.add('ssp-upload-loaded');
    } else {
      problems(ui, done.json);
    }
  }
  (async function () {
    for (var i = 0; i < files.length; i++) {
      await one(files[i]);
    }
    input.value = '';
    if (window.sspFilesUploaded) { window.sspFilesUploaded(); }
    box.setAttribute('data-finished', 'true');
  })();
}
