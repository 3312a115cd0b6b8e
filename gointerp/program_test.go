package gointerp

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/kernel"
)

// A pasted whole program is compiled and run like `go run`.
func TestWholeProgram(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := range 2 {\n\t\tfmt.Println(\"compiled\", i, min(3, 1))\n\t}\n}\n")
	if got := io.stream("stdout"); got != "compiled 0 1\ncompiled 1 1\n" {
		t.Errorf("stdout = %q", got)
	}
	_, _, err := run(t, in, "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(3) }")
	if ee := asExec(t, err); ee.Name != "ExitError" || ee.Value != "exit status 3" {
		t.Errorf("exit: %v", ee)
	}
	_, _, err = run(t, in, "package main\n\nfunc main() { x := 1 }")
	if ee := asExec(t, err); ee.Name != "CompileError" || !strings.Contains(ee.Value, "cell:3:15: declared and not used: x") {
		t.Errorf("compile error: %v", ee)
	}
}

func TestWholeProgramInterrupt(t *testing.T) {
	in := newInterp(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(1500*time.Millisecond, cancel)
	start := time.Now()
	_, err := in.Execute(ctx, "package main\nimport \"time\"\nfunc main() { time.Sleep(time.Hour) }", newFakeIO())
	var ee *kernel.ExecError
	if e, ok := err.(*kernel.ExecError); ok {
		ee = e
	}
	if ee == nil || ee.Name != "KeyboardInterrupt" {
		t.Errorf("interrupted program: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("interrupt took %v", d)
	}
}
