package kernel

import (
	"github.com/spargo-kernel/spargo/protocol"
)

func (k *Kernel) kernelInfo() map[string]any {
	links := k.info.HelpLinks
	if links == nil {
		links = []map[string]string{}
	}
	li := k.info.LanguageInfo
	if li == nil {
		li = map[string]any{}
	}
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       protocol.Version,
		"implementation":         k.info.Implementation,
		"implementation_version": k.info.Version,
		"language_info":          li,
		"banner":                 k.info.Banner,
		"help_links":             links,
		"debugger":               false,
	}
}

func (k *Kernel) complete(m *protocol.Message) {
	var req struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	_ = m.Decode(&req)
	c := k.interp.Complete(req.Code, req.CursorPos)
	if c.Matches == nil {
		c.Matches = []string{}
	}
	if c.Metadata == nil {
		c.Metadata = map[string]any{}
	}
	k.reply(protocol.Shell, m, "complete_reply", map[string]any{
		"status": "ok", "matches": c.Matches, "cursor_start": c.CursorStart, "cursor_end": c.CursorEnd, "metadata": c.Metadata,
	})
}

func (k *Kernel) inspect(m *protocol.Message) {
	var req struct {
		Code        string `json:"code"`
		CursorPos   int    `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	_ = m.Decode(&req)
	data, found := k.interp.Inspect(req.Code, req.CursorPos, req.DetailLevel)
	if data == nil {
		data = MIMEBundle{}
	}
	k.reply(protocol.Shell, m, "inspect_reply", map[string]any{
		"status": "ok", "found": found, "data": data, "metadata": map[string]any{},
	})
}

func (k *Kernel) isComplete(m *protocol.Message) {
	var req struct {
		Code string `json:"code"`
	}
	_ = m.Decode(&req)
	status, indent := k.interp.IsComplete(req.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(protocol.Shell, m, "is_complete_reply", content)
}

func (k *Kernel) historyRequest(m *protocol.Message) {
	var req HistoryQuery
	_ = m.Decode(&req)
	var entries []HistoryEntry
	if k.history != nil {
		entries = k.history.Query(req)
	}
	hist := make([]any, 0, len(entries))
	for _, e := range entries {
		if req.Output {
			hist = append(hist, []any{e.Session, e.Line, []any{e.Input, nil}})
		} else {
			hist = append(hist, []any{e.Session, e.Line, e.Input})
		}
	}
	k.reply(protocol.Shell, m, "history_reply", map[string]any{"status": "ok", "history": hist})
}
