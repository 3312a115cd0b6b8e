package kernel

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/protocol"
)

func TestStartingStatus(t *testing.T) {
	h := startKernel(t)
	log := h.tr.waitFor(t, "starting", func(l []sent) bool { return len(l) > 0 })
	first := log[0]
	if first.ch != protocol.IOPub || first.msgType() != "status" || first.content["execution_state"] != "starting" {
		t.Fatalf("first message = %s %s", first.ch, first.m.Content)
	}
	if string(first.m.Parent) != "{}" {
		t.Errorf("starting parent = %s, want {}", first.m.Parent)
	}
	if want := "kernel." + first.m.Header.Session + ".status"; len(first.m.Identities) != 1 || string(first.m.Identities[0]) != want {
		t.Errorf("iopub topic = %q, want %q", first.m.Identities, want)
	}
	if first.m.Header.Version != "5.4" {
		t.Errorf("header version = %q", first.m.Header.Version)
	}
}

func TestExecuteOrder(t *testing.T) {
	h := startKernel(t)
	req := executeReq("result", nil)
	msgs := h.run(t, req)
	want := []string{
		"iopub:status:busy", "iopub:execute_input", "iopub:stream", "iopub:execute_result",
		"shell:execute_reply", "iopub:status:idle",
	}
	if got := types(msgs); !reflect.DeepEqual(got, want) {
		t.Fatalf("order:\n got %v\nwant %v", got, want)
	}
	in := msgs[1].content
	if in["code"] != "result" || num(in["execution_count"]) != 1 {
		t.Errorf("execute_input = %v", in)
	}
	if msgs[2].content["name"] != "stdout" || msgs[2].content["text"] != "computing\n" {
		t.Errorf("stream = %v", msgs[2].content)
	}
	res := msgs[3].content
	if num(res["execution_count"]) != 1 || res["data"].(map[string]any)["text/plain"] != "42" {
		t.Errorf("execute_result = %v", res)
	}
	if _, ok := res["metadata"].(map[string]any); !ok {
		t.Errorf("execute_result metadata = %v, want object", res["metadata"])
	}
	rep := msgs[4]
	if rep.content["status"] != "ok" || num(rep.content["execution_count"]) != 1 {
		t.Errorf("reply = %v", rep.content)
	}
	if len(rep.m.Identities) != 1 || string(rep.m.Identities[0]) != string(req.Identities[0]) {
		t.Errorf("reply identities = %q, want %q", rep.m.Identities, req.Identities)
	}
	for _, s := range msgs {
		if s.ch == protocol.IOPub {
			if want := "kernel." + s.m.Header.Session + "." + s.msgType(); string(s.m.Identities[0]) != want {
				t.Errorf("iopub topic %q, want %q", s.m.Identities[0], want)
			}
		}
		if s.m.Header.Session != msgs[0].m.Header.Session {
			t.Errorf("session changes between messages")
		}
	}
}

func TestExecutionCount(t *testing.T) {
	h := startKernel(t)
	count := func(req *protocol.Message) (replyCount int, iopub []string) {
		t.Helper()
		msgs := h.run(t, req)
		rep := replyOf(t, msgs, "execute_reply")
		for _, s := range msgs {
			if s.ch == protocol.IOPub {
				iopub = append(iopub, types([]sent{s})[0])
			}
		}
		return num(rep.content["execution_count"]), iopub
	}
	if n, _ := count(executeReq("ok", nil)); n != 1 {
		t.Errorf("first count = %d, want 1", n)
	}
	if n, _ := count(executeReq("ok", map[string]any{"store_history": false})); n != 1 {
		t.Errorf("store_history=false count = %d, want 1 (unchanged)", n)
	}
	if n, _ := count(executeReq("count", nil)); n != 2 {
		t.Errorf("count after store_history=false = %d, want 2", n)
	}
	// silent: nothing but status on IOPub, reply still carries the count,
	// and the count does not move even if store_history is true.
	for _, code := range []string{"result", "mixed", "stream:50", "fail"} {
		n, iopub := count(executeReq(code, map[string]any{"silent": true, "store_history": true}))
		if n != 2 {
			t.Errorf("silent %s: count = %d, want 2", code, n)
		}
		if want := []string{"iopub:status:busy", "iopub:status:idle"}; !reflect.DeepEqual(iopub, want) {
			t.Errorf("silent %s published %v, want only %v", code, iopub, want)
		}
	}
	if n, _ := count(executeReq("ok", nil)); n != 3 {
		t.Errorf("count after silent cells = %d, want 3", n)
	}
	// A failing cell also uses up a count.
	if n, _ := count(executeReq("fail", map[string]any{"stop_on_error": false})); n != 4 {
		t.Errorf("failing cell count = %d, want 4", n)
	}
	// The IO of a cell reports its count.
	msgs := h.run(t, executeReq("count", nil))
	if r := ofType(msgs, "execute_result"); len(r) != 1 || r[0].content["data"].(map[string]any)["text/plain"] != "5" {
		t.Errorf("IO.ExecutionCount: %s", dump(msgs))
	}
}

func TestSilentErrorStillReplies(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, executeReq("fail", map[string]any{"silent": true}))
	rep := replyOf(t, msgs, "execute_reply")
	if rep.content["status"] != "error" || rep.content["ename"] != "Boom" {
		t.Errorf("silent error reply = %v", rep.content)
	}
	if e := ofType(msgs, "error"); len(e) != 0 {
		t.Errorf("silent error published %d error messages", len(e))
	}
}

func TestExecuteError(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, executeReq("fail", nil))
	want := []string{"iopub:status:busy", "iopub:execute_input", "iopub:stream", "iopub:error", "shell:execute_reply", "iopub:status:idle"}
	if got := types(msgs); !reflect.DeepEqual(got, want) {
		t.Fatalf("order:\n got %v\nwant %v", got, want)
	}
	e := msgs[3].content
	if e["ename"] != "Boom" || e["evalue"] != "it broke" || !reflect.DeepEqual(e["traceback"], []any{"trace 1", "trace 2"}) {
		t.Errorf("error content = %v", e)
	}
	rep := msgs[4].content
	if rep["status"] != "error" || rep["ename"] != "Boom" || rep["evalue"] != "it broke" ||
		!reflect.DeepEqual(rep["traceback"], []any{"trace 1", "trace 2"}) || num(rep["execution_count"]) != 1 {
		t.Errorf("reply = %v", rep)
	}

	// A plain error becomes ename "Error" with the message split into lines.
	msgs = h.run(t, executeReq("plainerr", nil))
	if errs := ofType(msgs, "error"); len(errs) != 1 {
		t.Fatalf("%d error messages, want 1", len(errs))
	} else if tb := errs[0].content["traceback"]; !reflect.DeepEqual(tb, []any{"first line", "second line"}) || errs[0].content["ename"] != "Error" {
		t.Errorf("plain error = %v", errs[0].content)
	}
}

func TestExecuteBadRequest(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, request("execute_request", map[string]any{"code": 5}))
	rep := replyOf(t, msgs, "execute_reply")
	if rep.content["status"] != "error" || rep.content["ename"] != "BadRequest" {
		t.Errorf("reply = %v", rep.content)
	}
	if len(h.interp.executed()) != 0 {
		t.Errorf("malformed request was executed")
	}
}

func TestStopOnErrorAbortsQueued(t *testing.T) {
	h := newHarness(t)
	fail := h.send(protocol.Shell, executeReq("fail", nil))
	ok1 := h.send(protocol.Shell, executeReq("ok", nil))
	info := h.send(protocol.Shell, request("kernel_info_request", map[string]any{}))
	ok2 := h.send(protocol.Shell, executeReq("result", nil))
	h.start(t)

	rep := h.tr.waitReply(t, fail, "execute_reply")
	if rep.content["status"] != "error" {
		t.Fatalf("fail reply = %v", rep.content)
	}
	// Sent after the client saw the error: must run.
	ok3 := h.send(protocol.Shell, executeReq("result", nil))

	for _, req := range []*protocol.Message{ok1, ok2} {
		msgs := h.tr.waitDone(t, req)
		if got, want := types(msgs), []string{"iopub:status:busy", "shell:execute_reply", "iopub:status:idle"}; !reflect.DeepEqual(got, want) {
			t.Errorf("aborted request messages %v, want %v", got, want)
		}
		if r := replyOf(t, msgs, "execute_reply"); r.content["status"] != "aborted" {
			t.Errorf("queued request reply = %v, want aborted", r.content)
		}
	}
	if r := replyOf(t, h.tr.waitDone(t, info), "kernel_info_reply"); r.content["status"] != "ok" {
		t.Errorf("queued kernel_info was not served: %v", r.content)
	}
	msgs := h.tr.waitDone(t, ok3)
	if r := replyOf(t, msgs, "execute_reply"); r.content["status"] != "ok" {
		t.Errorf("request sent after the error reply: %v, want ok", r.content)
	}
	if got, want := h.interp.executed(), []string{"fail", "result"}; !reflect.DeepEqual(got, want) {
		t.Errorf("executed %v, want %v", got, want)
	}
	// The aborted cells did not use up execution counts.
	if r := replyOf(t, msgs, "execute_reply"); num(r.content["execution_count"]) != 2 {
		t.Errorf("count after aborts = %v, want 2", r.content["execution_count"])
	}
}

func TestStopOnErrorFalse(t *testing.T) {
	h := newHarness(t)
	fail := h.send(protocol.Shell, executeReq("fail", map[string]any{"stop_on_error": false}))
	ok1 := h.send(protocol.Shell, executeReq("ok", nil))
	ok2 := h.send(protocol.Shell, executeReq("ok", nil))
	h.start(t)
	if r := replyOf(t, h.tr.waitDone(t, fail), "execute_reply"); r.content["status"] != "error" {
		t.Fatalf("fail reply = %v", r.content)
	}
	for _, req := range []*protocol.Message{ok1, ok2} {
		if r := replyOf(t, h.tr.waitDone(t, req), "execute_reply"); r.content["status"] != "ok" {
			t.Errorf("reply = %v, want ok", r.content)
		}
	}
	if got := h.interp.executed(); len(got) != 3 {
		t.Errorf("executed %v, want all three", got)
	}
}

// startBlocking starts a cell that blocks until interrupted.
func startBlocking(t *testing.T, h *harness) *protocol.Message {
	t.Helper()
	req := h.send(protocol.Shell, executeReq("block", nil))
	select {
	case <-h.interp.started:
	case <-time.After(waitTimeout):
		t.Fatal("blocking cell did not start")
	}
	return req
}

func TestKernelInfoOnControlWhileBusy(t *testing.T) {
	h := startKernel(t)
	blocked := startBlocking(t, h)

	ki := h.send(protocol.Control, request("kernel_info_request", map[string]any{}))
	msgs := h.tr.waitDone(t, ki)
	if got, want := types(msgs), []string{"iopub:status:busy", "control:kernel_info_reply", "iopub:status:idle"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("kernel_info on control: %v, want %v", got, want)
	}
	c := msgs[1].content
	if c["status"] != "ok" || c["protocol_version"] != "5.4" || c["implementation"] != "spargo" || c["implementation_version"] != Version {
		t.Errorf("kernel_info_reply = %v", c)
	}
	li, _ := c["language_info"].(map[string]any)
	if li["name"] != "go" || li["mimetype"] != "text/x-go" || li["file_extension"] != ".go" {
		t.Errorf("language_info = %v", c["language_info"])
	}
	if hl, ok := c["help_links"].([]any); !ok || hl == nil {
		t.Errorf("help_links = %v, want a list", c["help_links"])
	}
	// The cell is still running: no reply yet.
	for _, s := range forParent(h.tr.snapshot(), blocked) {
		if s.msgType() == "execute_reply" {
			t.Fatalf("blocking cell replied before interrupt")
		}
	}

	// interrupt_request on control cancels the running cell's context.
	ir := h.send(protocol.Control, request("interrupt_request", map[string]any{}))
	if r := replyOf(t, h.tr.waitDone(t, ir), "interrupt_reply"); r.ch != protocol.Control || r.content["status"] != "ok" {
		t.Errorf("interrupt_reply = %s %v", r.ch, r.content)
	}
	msgs = h.tr.waitDone(t, blocked)
	rep := replyOf(t, msgs, "execute_reply")
	if rep.content["status"] != "error" || rep.content["ename"] != "KeyboardInterrupt" {
		t.Errorf("interrupted cell reply = %v", rep.content)
	}
	if errs := ofType(msgs, "error"); len(errs) != 1 || errs[0].content["ename"] != "KeyboardInterrupt" {
		t.Errorf("interrupted cell error outputs: %s", dump(errs))
	}
	h.interp.mu.Lock()
	ctx := h.interp.ctxs[0]
	h.interp.mu.Unlock()
	if !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("cell ctx err = %v", ctx.Err())
	}
	// The kernel keeps working after an interrupt.
	if r := replyOf(t, h.run(t, executeReq("ok", nil)), "execute_reply"); r.content["status"] != "ok" {
		t.Errorf("after interrupt: %v", r.content)
	}
}

func TestInterruptMethod(t *testing.T) {
	h := startKernel(t)
	h.k.Interrupt() // nothing running: no-op
	blocked := startBlocking(t, h)
	h.k.Interrupt()
	if r := replyOf(t, h.tr.waitDone(t, blocked), "execute_reply"); r.content["ename"] != "KeyboardInterrupt" {
		t.Errorf("reply = %v", r.content)
	}
	// An interrupt between cells does not affect the next one.
	h.k.Interrupt()
	if r := replyOf(t, h.run(t, executeReq("ok", nil)), "execute_reply"); r.content["status"] != "ok" {
		t.Errorf("next cell = %v", r.content)
	}
}

// The interrupt hooks' context outlives the interrupted cell (they go on
// killing its Spark jobs) and ends when the next cell starts, whose jobs
// they must not touch.
func TestInterruptHooksEndWhenTheNextCellStarts(t *testing.T) {
	h := newHarness(t)
	got := make(chan context.Context, 1)
	h.k.OnInterrupt = append(h.k.OnInterrupt, func(ctx context.Context) { got <- ctx })
	h.start(t)
	blocked := startBlocking(t, h)
	h.k.Interrupt()
	h.tr.waitDone(t, blocked)
	var hookCtx context.Context
	select {
	case hookCtx = <-got:
	case <-time.After(waitTimeout):
		t.Fatal("the interrupt hook did not run")
	}
	if hookCtx.Err() != nil {
		t.Fatalf("hook context ended with the interrupted cell: %v", hookCtx.Err())
	}
	h.run(t, executeReq("ok", nil))
	if hookCtx.Err() == nil {
		t.Error("hook context still live after the next cell started")
	}
}

func TestShutdown(t *testing.T) {
	for _, restart := range []bool{true, false} {
		t.Run(map[bool]string{true: "restart", false: "no restart"}[restart], func(t *testing.T) {
			hist, err := OpenHistory("")
			if err != nil {
				t.Fatal(err)
			}
			h := startKernel(t, withHistory(hist))
			var hooks atomic.Int32
			h.k.OnShutdown = append(h.k.OnShutdown, func() { hooks.Add(1) })
			req := h.send(protocol.Control, request("shutdown_request", map[string]any{"restart": restart}))
			if got := h.waitRun(t); got != restart {
				t.Errorf("Run returned %v, want %v", got, restart)
			}
			msgs := forParent(h.tr.snapshot(), req)
			if got, want := types(msgs), []string{"iopub:status:busy", "control:shutdown_reply", "iopub:status:idle"}; !reflect.DeepEqual(got, want) {
				t.Fatalf("shutdown messages %v, want %v", got, want)
			}
			c := msgs[1].content
			if c["status"] != "ok" || c["restart"] != restart {
				t.Errorf("shutdown_reply = %v", c)
			}
			if hooks.Load() != 1 {
				t.Errorf("OnShutdown hooks ran %d times, want 1", hooks.Load())
			}
			if !h.tr.isClosed() {
				t.Error("transport not closed on shutdown")
			}
		})
	}
}

func TestShutdownInterruptsRunningCell(t *testing.T) {
	h := startKernel(t)
	blocked := startBlocking(t, h)
	h.send(protocol.Control, request("shutdown_request", map[string]any{"restart": false}))
	if h.waitRun(t) {
		t.Error("Run reported restart")
	}
	h.interp.mu.Lock()
	ctx := h.interp.ctxs[0]
	h.interp.mu.Unlock()
	select {
	case <-ctx.Done():
	case <-time.After(waitTimeout):
		t.Fatal("running cell was not cancelled by shutdown")
	}
	_ = blocked
}

func TestRunContextCancel(t *testing.T) {
	h := startKernel(t)
	h.cancel()
	if h.waitRun(t) {
		t.Error("Run reported restart after ctx cancel")
	}
	if !h.tr.isClosed() {
		t.Error("transport not closed")
	}
}

func TestCommInfoAndCommOpen(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, request("comm_info_request", map[string]any{"target_name": "jupyter.widget"}))
	rep := replyOf(t, msgs, "comm_info_reply")
	if rep.content["status"] != "ok" {
		t.Errorf("comm_info_reply = %v", rep.content)
	}
	if comms, ok := rep.content["comms"].(map[string]any); !ok || len(comms) != 0 {
		t.Errorf("comms = %#v, want empty object", rep.content["comms"])
	}

	open := request("comm_open", map[string]any{"comm_id": "c-123", "target_name": "jupyter.widget", "data": map[string]any{}})
	msgs = h.run(t, open)
	if got, want := types(msgs), []string{"iopub:status:busy", "iopub:comm_close", "iopub:status:idle"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("comm_open: %v, want %v", got, want)
	}
	if c := msgs[1].content; c["comm_id"] != "c-123" || c["data"] == nil {
		t.Errorf("comm_close = %v", c)
	}
	for _, mt := range []string{"comm_msg", "comm_close"} {
		msgs := h.run(t, request(mt, map[string]any{"comm_id": "c-123", "data": map[string]any{}}))
		if got, want := types(msgs), []string{"iopub:status:busy", "iopub:status:idle"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v, want %v", mt, got, want)
		}
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	h := startKernel(t)
	r := replyOf(t, h.run(t, request("complete_request", map[string]any{"code": "fmt.Print", "cursor_pos": 9})), "complete_reply")
	if c := r.content; c["status"] != "ok" || !reflect.DeepEqual(c["matches"], []any{"Println", "Printf"}) || num(c["cursor_start"]) != 4 || num(c["cursor_end"]) != 9 {
		t.Errorf("complete_reply = %v", c)
	}
	r = replyOf(t, h.run(t, request("complete_request", map[string]any{"code": "none", "cursor_pos": 4})), "complete_reply")
	if m, ok := r.content["matches"].([]any); !ok || len(m) != 0 {
		t.Errorf("empty completion matches = %#v, want []", r.content["matches"])
	}
	r = replyOf(t, h.run(t, request("inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 5, "detail_level": 0})), "inspect_reply")
	if c := r.content; c["status"] != "ok" || c["found"] != true || c["data"].(map[string]any)["text/plain"] == nil {
		t.Errorf("inspect_reply = %v", c)
	}
	r = replyOf(t, h.run(t, request("inspect_request", map[string]any{"code": "none", "cursor_pos": 1})), "inspect_reply")
	if c := r.content; c["found"] != false || c["data"] == nil {
		t.Errorf("inspect_reply not found = %v", c)
	}
	r = replyOf(t, h.run(t, request("is_complete_request", map[string]any{"code": "func f() {"})), "is_complete_reply")
	if c := r.content; c["status"] != "incomplete" || c["indent"] != "\t" {
		t.Errorf("is_complete_reply = %v", c)
	}
	r = replyOf(t, h.run(t, request("is_complete_request", map[string]any{"code": "x := 1"})), "is_complete_reply")
	if c := r.content; c["status"] != "complete" {
		t.Errorf("is_complete_reply = %v", c)
	}
	if _, has := r.content["indent"]; has {
		t.Errorf("complete code has an indent: %v", r.content)
	}
}

func TestUserExpressions(t *testing.T) {
	h := startKernel(t)
	msgs := h.run(t, executeReq("ok", map[string]any{"user_expressions": map[string]any{"a": "result", "b": "fail", "c": "ok"}}))
	ue, ok := replyOf(t, msgs, "execute_reply").content["user_expressions"].(map[string]any)
	if !ok {
		t.Fatalf("user_expressions missing: %s", dump(msgs))
	}
	a, _ := ue["a"].(map[string]any)
	if a["status"] != "ok" || a["data"].(map[string]any)["text/plain"] != "42" {
		t.Errorf("a = %v", ue["a"])
	}
	b, _ := ue["b"].(map[string]any)
	if b["status"] != "error" || b["ename"] != "Boom" {
		t.Errorf("b = %v", ue["b"])
	}
	c, _ := ue["c"].(map[string]any)
	if c["status"] != "ok" || c["data"] == nil {
		t.Errorf("c = %v", ue["c"])
	}
	// Evaluating expressions neither publishes their output nor counts.
	if s := ofType(msgs, "stream"); len(s) != 0 {
		t.Errorf("user expression output leaked: %s", dump(s))
	}
	if n := num(replyOf(t, msgs, "execute_reply").content["execution_count"]); n != 1 {
		t.Errorf("count = %d", n)
	}
}

func TestUnknownMessageIgnored(t *testing.T) {
	h := startKernel(t)
	h.send(protocol.Shell, request("no_such_request", map[string]any{}))
	// The next request is served normally and nothing answered the unknown one.
	next := request("kernel_info_request", map[string]any{})
	h.run(t, next)
	for _, s := range h.tr.snapshot() {
		if strings.HasPrefix(s.parentID(), "req-") && strings.HasSuffix(s.parentID(), "no_such_request") {
			t.Errorf("unknown request got %s", s.msgType())
		}
	}
	if !strings.Contains(h.logs.String(), "no_such_request") {
		t.Errorf("unknown request not logged: %q", h.logs.String())
	}
}

// A panicking interpreter must not take the kernel down, and the client
// must still get an execute_reply (it waits for one).
func TestInterpreterPanic(t *testing.T) {
	h := startKernel(t)
	req := executeReq("panic", nil)
	msgs := h.run(t, req)
	if r := replyOf(t, h.run(t, executeReq("ok", nil)), "execute_reply"); r.content["status"] != "ok" {
		t.Errorf("kernel broken after a panic: %v", r.content)
	}
	for _, s := range msgs {
		if s.msgType() == "execute_reply" {
			if s.content["status"] != "error" {
				t.Errorf("reply after panic = %v, want error", s.content)
			}
			return
		}
	}
	t.Error("no execute_reply after a panic in Interpreter.Execute")
}
