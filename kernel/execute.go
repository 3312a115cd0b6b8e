package kernel

import (
	"context"
	"fmt"

	"github.com/spargo-kernel/spargo/protocol"
)

type executeRequest struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history"`
	UserExpressions map[string]any `json:"user_expressions"`
	AllowStdin      bool           `json:"allow_stdin"`
	StopOnError     *bool          `json:"stop_on_error"`
}

// execute runs one execute_request. When the cell fails and stop_on_error
// is set, execute requests sent before the failure will be aborted.
func (k *Kernel) execute(m *protocol.Message) {
	var req executeRequest
	if err := m.Decode(&req); err != nil {
		k.reply(protocol.Shell, m, "execute_reply", map[string]any{
			"status": "error", "ename": "BadRequest", "evalue": err.Error(), "traceback": []string{err.Error()}, "execution_count": k.count,
		})
		return
	}
	store := req.StoreHistory == nil || *req.StoreHistory
	if req.Silent {
		store = false
	}
	stopOnError := req.StopOnError == nil || *req.StopOnError

	k.endInterruptHooks()
	ctx, cancel := context.WithCancel(context.Background())
	k.mu.Lock()
	if store {
		k.count++
	}
	n := k.count
	k.cancelExec = cancel
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.cancelExec = nil
		k.mu.Unlock()
		cancel()
	}()

	if !req.Silent {
		k.publish(m, "execute_input", map[string]any{"code": req.Code, "execution_count": n})
	}
	cio := newCellIO(k, m, n, req.Silent, req.AllowStdin)
	result, err := k.safeExecute(ctx, req.Code, cio)
	cio.close()
	if store && k.history != nil {
		k.history.Add(n, req.Code)
	}
	if err != nil {
		ee := AsExecError(err)
		if stopOnError {
			k.markFailed()
		}
		if !req.Silent {
			k.publish(m, "error", map[string]any{"ename": ee.Name, "evalue": ee.Value, "traceback": ee.Traceback})
		}
		k.reply(protocol.Shell, m, "execute_reply", map[string]any{
			"status": "error", "execution_count": n,
			"ename": ee.Name, "evalue": ee.Value, "traceback": ee.Traceback,
		})
		return
	}
	if result != nil && !req.Silent {
		k.publish(m, "execute_result", map[string]any{"execution_count": n, "data": result, "metadata": map[string]any{}})
	}
	k.reply(protocol.Shell, m, "execute_reply", map[string]any{
		"status": "ok", "execution_count": n, "payload": cio.payloads(), "user_expressions": k.userExpressions(req.UserExpressions),
	})
}

// userExpressions evaluates the expressions a client asks for after a cell
// (silently, without history) and returns their MIME bundles.
func (k *Kernel) userExpressions(exprs map[string]any) map[string]any {
	out := map[string]any{}
	for name, v := range exprs {
		code, _ := v.(string)
		data, err := k.interp.Execute(context.Background(), code, discardIO{})
		if err != nil {
			ee := AsExecError(err)
			out[name] = map[string]any{"status": "error", "ename": ee.Name, "evalue": ee.Value, "traceback": ee.Traceback}
			continue
		}
		if data == nil {
			data = MIMEBundle{"text/plain": ""}
		}
		out[name] = map[string]any{"status": "ok", "data": data, "metadata": map[string]any{}}
	}
	return out
}

// safeExecute runs the interpreter, turning an internal panic into a cell
// error so the client still gets its reply and the kernel keeps running.
func (k *Kernel) safeExecute(ctx context.Context, code string, io IO) (result MIMEBundle, err error) {
	defer func() {
		if r := recover(); r != nil {
			k.log.Printf("internal error in interpreter: %v", r)
			msg := fmt.Sprintf("internal error in the kernel: %v (the session is kept; please report this)", r)
			result, err = nil, &ExecError{Name: "InternalError", Value: msg, Traceback: []string{msg}}
		}
	}()
	return k.interp.Execute(ContextWithIO(ctx, io), code, io)
}
