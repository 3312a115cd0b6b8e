package gointerp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"

	"github.com/spargo-kernel/spargo/kernel"
)

// programRE recognises a pasted whole program: a package main clause (after
// comments) and a func main.
var (
	programRE  = regexp.MustCompile(`(?m)^package\s+main\s*$`)
	funcMainRE = regexp.MustCompile(`(?m)^func\s+main\s*\(\s*\)`)
)

// isProgram reports whether code is a whole Go program to compile and run
// like `go run`, rather than cells to interpret.
func isProgram(code string) bool {
	return programRE.MatchString(code) && funcMainRE.MatchString(code)
}

// runProgram compiles code with the Go toolchain (as `go run` would) and
// runs it, streaming its output to io. A non-zero exit becomes an ExitError; compile errors keep
// the compiler's cell:LINE:COL positions; an interrupt kills the program.
func runProgram(ctx context.Context, code string, io kernel.IO) error {
	dir, err := os.MkdirTemp("", "spargo-run-")
	if err != nil {
		return fmt.Errorf("run program: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "cell.go")
	if err := os.WriteFile(file, []byte(code), 0o600); err != nil {
		return fmt.Errorf("run program: %w", err)
	}
	build := exec.CommandContext(ctx, "go", "build", "-o", "prog", "cell.go")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GO111MODULE=off")
	out, err := build.CombinedOutput()
	if ctx.Err() != nil {
		return interrupted
	}
	if err != nil {
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if !strings.HasPrefix(l, "#") {
				lines = append(lines, strings.Replace(l, "./cell.go:", "cell:", 1))
			}
		}
		if len(lines) == 0 {
			return fmt.Errorf("build program with the Go toolchain: %w (is `go` on the kernel's PATH?)", err)
		}
		return &kernel.ExecError{Name: "CompileError", Value: strings.Join(lines, "; "), Traceback: prefix("CompileError: ", lines)}
	}
	cmd := exec.CommandContext(ctx, filepath.Join(dir, "prog"))
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.Stdout = streamWriter{io, "stdout"}
	cmd.Stderr = streamWriter{io, "stderr"}
	err = cmd.Run()
	if ctx.Err() != nil {
		return interrupted
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		v := fmt.Sprintf("exit status %d", exit.ExitCode())
		return &kernel.ExecError{Name: "ExitError", Value: v, Traceback: []string{"program ended with " + v}}
	}
	if err != nil {
		return fmt.Errorf("run program: %w", err)
	}
	return nil
}

var interrupted = &kernel.ExecError{Name: "KeyboardInterrupt", Value: "program interrupted", Traceback: []string{"KeyboardInterrupt: program interrupted"}}

// streamWriter forwards a process's output to a cell stream.
type streamWriter struct {
	io   kernel.IO
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	w.io.Stream(w.name, string(p))
	return len(p), nil
}
