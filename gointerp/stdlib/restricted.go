package stdlib

import (
	"fmt"
	"io"
	"log"
	"os"
)

// Exit is what os.Exit and the log Fatal functions call in cells. The
// interpreter sets it to end the cell (never the kernel process).
var Exit = func(code int) { panic(fmt.Sprintf("os.Exit(%d)", code)) }

func osExit(code int) { Exit(code) }

// osFindProcess refuses the kernel's own process, which a cell must not
// signal or wait for.
func osFindProcess(pid int) (*os.Process, error) {
	if pid == os.Getpid() {
		return nil, fmt.Errorf("find process %d: the kernel's own process is not available to cells", pid)
	}
	return os.FindProcess(pid)
}

func logFatal(v ...any)            { _ = log.Output(2, fmt.Sprint(v...)); Exit(1) }
func logFatalf(f string, v ...any) { _ = log.Output(2, fmt.Sprintf(f, v...)); Exit(1) }
func logFatalln(v ...any)          { _ = log.Output(2, fmt.Sprintln(v...)); Exit(1) }

// logLogger is the log.Logger cells get from log.New: the same methods,
// with Fatal ending the cell through Exit.
type logLogger struct{ *log.Logger }

func logNew(out io.Writer, prefix string, flag int) *logLogger {
	return &logLogger{log.New(out, prefix, flag)}
}

func (l *logLogger) Fatal(v ...any)            { _ = l.Output(2, fmt.Sprint(v...)); Exit(1) }
func (l *logLogger) Fatalf(f string, v ...any) { _ = l.Output(2, fmt.Sprintf(f, v...)); Exit(1) }
func (l *logLogger) Fatalln(v ...any)          { _ = l.Output(2, fmt.Sprintln(v...)); Exit(1) }
