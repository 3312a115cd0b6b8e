package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/protocol"
)

func TestStreamBatching(t *testing.T) {
	h := startKernel(t)
	const n = 2000
	msgs := h.run(t, executeReq(fmt.Sprintf("stream:%d", n), nil))
	streams := ofType(msgs, "stream")
	if len(streams) == 0 {
		t.Fatal("no stream messages")
	}
	if len(streams) > 20 {
		t.Errorf("%d small writes became %d stream messages; want batching", n, len(streams))
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	var got strings.Builder
	for _, s := range streams {
		if s.content["name"] != "stdout" {
			t.Errorf("stream name = %v", s.content["name"])
		}
		got.WriteString(s.content["text"].(string))
	}
	if got.String() != b.String() {
		t.Errorf("concatenated stream text differs: got %d bytes, want %d", got.Len(), b.Len())
	}
	// All output is flushed before the reply.
	replyAt := -1
	for i, s := range msgs {
		if s.msgType() == "execute_reply" {
			replyAt = i
		}
		if s.msgType() == "stream" && replyAt >= 0 {
			t.Errorf("stream message after the execute_reply")
		}
	}
}

func TestStreamLargeOutputSplits(t *testing.T) {
	// More than 1 MiB buffered is flushed without waiting for the timer.
	h := startKernel(t)
	msgs := h.run(t, executeReq("stream:120000", nil)) // ~1.3 MB
	streams := ofType(msgs, "stream")
	if len(streams) < 2 {
		t.Errorf("1.3 MB of output in %d message(s); want it split at 1 MiB", len(streams))
	}
	total := 0
	for _, s := range streams {
		total += len(s.content["text"].(string))
	}
	want := 0
	for i := 0; i < 120000; i++ {
		want += len(fmt.Sprintf("line %d\n", i))
	}
	if total != want {
		t.Errorf("streamed %d bytes, want %d", total, want)
	}
}

func TestStreamOrderWithOtherOutputs(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, executeReq("mixed", nil))
	var got []string
	for _, s := range msgs {
		switch s.msgType() {
		case "stream":
			// Consecutive chunks of one stream may be split by the flush
			// timer on a slow machine; merge them so only order is checked.
			name := s.content["name"].(string) + ":"
			if n := len(got); n > 0 && strings.HasPrefix(got[n-1], name) {
				got[n-1] += s.content["text"].(string)
			} else {
				got = append(got, name+s.content["text"].(string))
			}
		case "display_data", "update_display_data":
			got = append(got, s.msgType()+":"+s.content["data"].(map[string]any)["text/plain"].(string))
		case "clear_output":
			got = append(got, fmt.Sprintf("clear_output:%v", s.content["wait"]))
		}
	}
	want := []string{"stdout:ab", "stderr:c", "stdout:d", "display_data:shown", "stdout:e", "update_display_data:updated", "clear_output:true"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outputs:\n got %q\nwant %q", got, want)
	}
	for _, s := range msgs {
		switch s.msgType() {
		case "display_data", "update_display_data":
			tr, _ := s.content["transient"].(map[string]any)
			if tr["display_id"] != "disp-1" {
				t.Errorf("%s transient = %v", s.msgType(), s.content["transient"])
			}
			if md, ok := s.content["metadata"].(map[string]any); !ok || md == nil {
				t.Errorf("%s metadata = %v, want object", s.msgType(), s.content["metadata"])
			}
		}
	}
}

func TestStdinRoundTrip(t *testing.T) {
	h := startKernel(t)
	req := h.send(protocol.Shell, executeReq("input", map[string]any{"allow_stdin": true}))
	var ir sent
	h.tr.waitFor(t, "input_request", func(log []sent) bool {
		for _, s := range log {
			if s.ch == protocol.Stdin && s.msgType() == "input_request" {
				ir = s
				return true
			}
		}
		return false
	})
	if ir.parentID() != req.Header.MsgID || string(ir.m.Identities[0]) != string(req.Identities[0]) {
		t.Errorf("input_request parent %q identities %q; want the execute request's", ir.parentID(), ir.m.Identities)
	}
	if ir.content["prompt"] != "name? " || ir.content["password"] != false {
		t.Errorf("input_request = %v", ir.content)
	}
	// A stray message on stdin is skipped; the input_reply is used.
	h.send(protocol.Stdin, request("something_else", map[string]any{}))
	reply := request("input_reply", map[string]any{"value": "gopher"})
	reply.Parent, _ = json.Marshal(ir.m.Header)
	h.send(protocol.Stdin, reply)
	msgs := h.tr.waitDone(t, req)
	if s := ofType(msgs, "stream"); len(s) != 1 || s[0].content["text"] != "hello gopher" {
		t.Errorf("stream after input: %s", dump(msgs))
	}
}

func TestStdinNotAllowed(t *testing.T) {
	h := startKernel(t)
	start := time.Now()
	msgs := h.run(t, executeReq("input", map[string]any{"allow_stdin": false}))
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("input without stdin took %v", d)
	}
	rep := replyOf(t, msgs, "execute_reply")
	if rep.content["status"] != "error" || !strings.Contains(fmt.Sprint(rep.content["evalue"]), "allow_stdin") {
		t.Errorf("reply = %v", rep.content)
	}
	for _, s := range h.tr.snapshot() {
		if s.ch == protocol.Stdin {
			t.Errorf("input_request sent although stdin is not allowed")
		}
	}
}

func TestStdinInterrupted(t *testing.T) {
	h := startKernel(t)
	req := h.send(protocol.Shell, executeReq("input", map[string]any{"allow_stdin": true}))
	h.tr.waitFor(t, "input_request", func(log []sent) bool { return len(ofType(log, "input_request")) == 1 })
	h.k.Interrupt()
	rep := replyOf(t, h.tr.waitDone(t, req), "execute_reply")
	if rep.content["ename"] != "KeyboardInterrupt" {
		t.Errorf("interrupted input reply = %v", rep.content)
	}
}

// nullKeys are fields that must be objects or lists, never JSON null.
var nullKeys = map[string]bool{"metadata": true, "data": true, "traceback": true, "payload": true, "user_expressions": true}

func findNulls(path string, v any, out *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if x == nil && nullKeys[k] {
				*out = append(*out, path+"."+k)
			}
			findNulls(path+"."+k, x, out)
		}
	case []any:
		for i, x := range v {
			findNulls(fmt.Sprintf("%s[%d]", path, i), x, out)
		}
	}
}

func checkNoNulls(t *testing.T, log []sent) {
	t.Helper()
	for _, s := range log {
		// Re-marshal the message parts the way they travel.
		var nulls []string
		findNulls(s.msgType(), s.content, &nulls)
		md, _ := json.Marshal(s.m.Metadata)
		if s.m.Metadata == nil || string(md) == "null" {
			nulls = append(nulls, s.msgType()+" (message metadata)")
		}
		for _, n := range nulls {
			t.Errorf("JSON null at %s: %s", n, s.m.Content)
		}
	}
}

func TestNoJSONNulls(t *testing.T) {
	h := startKernel(t, withInfo(Info{Implementation: "spargo", Version: Version, LanguageInfo: map[string]any{"name": "go"}}))
	for _, req := range []*protocol.Message{
		executeReq("result", nil),
		executeReq("mixed", nil),
		executeReq("fail", map[string]any{"stop_on_error": false}),
		executeReq("plainerr", map[string]any{"stop_on_error": false}),
		executeReq("ok", map[string]any{"user_expressions": map[string]any{"x": "ok", "y": "fail"}}),
		request("execute_request", map[string]any{"code": "ok"}), // no user_expressions key at all
		request("kernel_info_request", map[string]any{}),
		request("complete_request", map[string]any{"code": "none", "cursor_pos": 0}),
		request("inspect_request", map[string]any{"code": "none", "cursor_pos": 0}),
		request("comm_info_request", map[string]any{}),
		request("comm_open", map[string]any{"comm_id": "x"}),
		request("history_request", map[string]any{"hist_access_type": "tail", "n": 5}),
	} {
		h.run(t, req)
	}
	// An execute_reply with status ok carries payload and user_expressions.
	for _, s := range ofType(h.tr.snapshot(), "execute_reply") {
		if s.content["status"] != "ok" {
			continue
		}
		if _, ok := s.content["payload"].([]any); !ok {
			t.Errorf("payload = %#v, want list", s.content["payload"])
		}
		if _, ok := s.content["user_expressions"].(map[string]any); !ok {
			t.Errorf("user_expressions = %#v, want object", s.content["user_expressions"])
		}
	}
	checkNoNulls(t, h.tr.snapshot())
}

// Edge cases where a nil from an Interpreter or Info would reach the wire.
func TestNoJSONNullsFromNilInputs(t *testing.T) {
	t.Run("display nil data", func(t *testing.T) {
		h := startKernel(t)
		msgs := h.run(t, executeReq("display-nil", nil))
		d := ofType(msgs, "display_data")
		if len(d) != 1 {
			t.Fatalf("display_data messages: %d", len(d))
		}
		if d[0].content["data"] == nil {
			t.Error("Display(nil, ...) published \"data\": null; nbformat rejects it")
		}
	})
	t.Run("kernel_info nil language_info", func(t *testing.T) {
		h := startKernel(t, withInfo(Info{Implementation: "spargo"}))
		r := replyOf(t, h.run(t, request("kernel_info_request", map[string]any{})), "kernel_info_reply")
		if r.content["language_info"] == nil {
			t.Error("a nil Info.LanguageInfo was sent as \"language_info\": null")
		}
	})
	t.Run("ExecError with no traceback", func(t *testing.T) {
		ee := AsExecError(&ExecError{Name: "X"})
		if ee.Traceback == nil {
			t.Errorf("traceback is nil")
		}
		b, _ := json.Marshal(map[string]any{"traceback": ee.Traceback})
		if strings.Contains(string(b), "null") {
			t.Errorf("traceback marshals to %s", b)
		}
	})
}

func TestAsExecError(t *testing.T) {
	ee := &ExecError{Name: "N", Value: "v", Traceback: []string{"t"}}
	if AsExecError(ee) != ee {
		t.Error("ExecError not passed through")
	}
	if got := (&ExecError{Name: "N"}).Error(); got != "N" {
		t.Errorf("Error() = %q", got)
	}
	if got := ee.Error(); got != "N: v" {
		t.Errorf("Error() = %q", got)
	}
	if k := AsExecError(errors.New("x")); k.Name != "Error" || k.Value != "x" || !reflect.DeepEqual(k.Traceback, []string{"x"}) {
		t.Errorf("plain error = %+v", k)
	}
}

// A cell that wraps the interrupt (fmt.Errorf("...: %w", ctx.Err())) or an
// ExecError is still recognised.
func TestAsExecErrorWrapped(t *testing.T) {
	var problems []string
	if k := AsExecError(fmt.Errorf("running cell: %w", context.Canceled)); k.Name != "KeyboardInterrupt" {
		problems = append(problems, fmt.Sprintf("wrapped context.Canceled -> %q", k.Name))
	}
	inner := &ExecError{Name: "Inner", Value: "v", Traceback: []string{"t"}}
	if k := AsExecError(fmt.Errorf("outer: %w", inner)); k.Name != "Inner" {
		problems = append(problems, fmt.Sprintf("wrapped *ExecError -> %q", k.Name))
	}
	if len(problems) > 0 {
		t.Error("wrapped errors lose their kind: " + strings.Join(problems, "; "))
	}
}
