/*
 * A file bigger than an upload takes is refused in the browser before it is sent: the server would
 * otherwise cut the connection part-way and the user would see no words at all. The server checks
 * again (the browser check is a courtesy, not security).
 */
function sspCheckFileSize(input, maxBytes) {
  var file = input.files && input.files[0];
  var note = document.getElementById(input.id + '-size');
  if (file && file.size > maxBytes) {
    input.value = '';
    if (note) {
      note.textContent = file.name + ' is ' + (file.size / 1048576).toFixed(1) + ' MB; one upload takes at most '
          + Math.round(maxBytes / 1048576) + ' MB. Check that this is the right file; split a genuinely larger list into several uploads.';
    }
  } else if (note) {
    note.textContent = '';
  }
}
