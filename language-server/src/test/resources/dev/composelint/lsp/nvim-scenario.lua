-- The incident scenario through Neovim's built-in LSP client (vim.lsp.start_client, present from 0.5 to 0.11;
-- Debian 12 ships 0.7, which has no vim.lsp.start). Started by NeovimClientTest:
--   nvim --headless -u NONE -c 'luafile nvim-scenario.lua'
-- with COMPOSELINT_NVIM_CONFIG = JSON {cmd, root, monitoring, prometheus, network, out}.
-- Writes what it saw as JSON to `out` and quits.

local config = vim.fn.json_decode(os.getenv('COMPOSELINT_NVIM_CONFIG'))
local results = { steps = {} }
local diagnostics = {}

local function write_results()
  local file = io.open(config.out, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
end

local function has_code(uri, code)
  for _, d in ipairs(diagnostics[uri] or {}) do
    if d.code == code then return true end
  end
  return false
end

local function wait_for(what, condition)
  local ok = vim.wait(60000, condition, 50)
  results.steps[#results.steps + 1] = what .. (ok and ': ok' or ': timed out')
  if not ok then error('timed out waiting for ' .. what) end
end

-- edits `path` in a new buffer attached to the client; returns the buffer and its URI
local function open(path, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)
  return buffer, vim.uri_from_bufnr(buffer)
end

local function scenario()
  vim.o.hidden = true
  local client_id = vim.lsp.start_client({
    name = 'composelint',
    cmd = config.cmd,
    root_dir = config.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, handler_config)
        diagnostics[result.uri] = result.diagnostics
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, handler_config)
      end,
    },
  })
  if not client_id then error('vim.lsp.start_client failed') end
  results.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.'
      .. tostring(vim.version().patch)

  -- open the monitoring compose file: external-network-mismatch
  local monitoring, monitoring_uri = open(config.monitoring, client_id)
  wait_for('external-network-mismatch', function() return has_code(monitoring_uri, 'external-network-mismatch') end)
  results.mismatch = true

  -- set the network's name in the buffer (unsaved): the finding goes
  local lines = vim.api.nvim_buf_get_lines(monitoring, 0, -1, false)
  local at
  for i, line in ipairs(lines) do
    if line == '    external: true' then at = i end
  end
  vim.api.nvim_buf_set_lines(monitoring, at, at, false, { '    name: ' .. config.network })
  wait_for('external-network-mismatch cleared', function()
    return diagnostics[monitoring_uri] ~= nil and not has_code(monitoring_uri, 'external-network-mismatch')
        and has_code(monitoring_uri, 'obsolete-version')
  end)
  results.cleared = true

  -- open prometheus.yml: absent-scrape-target
  local _, prometheus_uri = open(config.prometheus, client_id)
  wait_for('absent-scrape-target', function() return has_code(prometheus_uri, 'absent-scrape-target') end)
  results.absent = true

  -- code actions on the version line; apply the obsolete-version fix
  local params = {
    textDocument = { uri = monitoring_uri },
    range = { start = { line = 3, character = 0 }, ['end'] = { line = 3, character = 0 } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(monitoring, 'textDocument/codeAction', params, 60000) or {}
  local fix
  results.titles = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      results.titles[#results.titles + 1] = action.title
      if action.title:find('^Fix obsolete%-version') then fix = action end
    end
  end
  if not fix then error('no obsolete-version fix among the code actions') end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  results.text = table.concat(vim.api.nvim_buf_get_lines(monitoring, 0, -1, false), '\n') .. '\n'

  -- shutdown and exit
  vim.lsp.stop_client(client_id)
  wait_for('stopped', function() return vim.lsp.client_is_stopped(client_id) end)
  results.stopped = true
end

local ok, message = pcall(scenario)
results.ok = ok
if not ok then results.error = tostring(message) end
write_results()
vim.cmd('qall!')
