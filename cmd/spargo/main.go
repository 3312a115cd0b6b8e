// Command spargo is the spargo Jupyter kernel: `spargo kernel -f FILE` serves
// a connection file; `spargo kernelspec install` writes the kernelspecs.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/spargo-kernel/spargo/backends/spark"
	"github.com/spargo-kernel/spargo/kernel"
	"github.com/spargo-kernel/spargo/kernelspec"
	"github.com/spargo-kernel/spargo/protocol"
)

const usage = `spargo: a Jupyter kernel for Go notebooks

Usage:
  spargo kernel -f CONNECTION_FILE [--mode plain]   serve a kernel (Jupyter runs this)
  spargo kernelspec install --dir KERNELS_DIR [--binary PATH] [--interrupt-mode signal|message]
  spargo spark install [--dest DIR] [--python PY] [--cache DIR] VERSION...
                                                    install Spark versions (3.5.7, 4.0, ...)
  spargo version
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "kernel":
		err = runKernel(os.Args[2:])
	case "kernelspec":
		err = installSpecs(os.Args[2:])
	case "spark":
		err = sparkCommand(os.Args[2:])
	case "version", "--version":
		fmt.Printf("spargo %s (%s)\n", kernel.Version, runtime.Version())
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		err = fmt.Errorf("unknown command %q\n\n%s", os.Args[1], usage)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "spargo:", err)
		os.Exit(1)
	}
}

func runKernel(args []string) error {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	connFile := fs.String("f", "", "connection file written by Jupyter")
	mode := fs.String("mode", "plain", "session mode: plain, local or cluster")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *connFile == "" {
		return fmt.Errorf("kernel: -f CONNECTION_FILE is required")
	}
	logger := log.New(os.Stderr, "[spargo] ", log.LstdFlags)
	ci, err := protocol.ReadConnectionFile(*connFile)
	if err != nil {
		return err
	}
	// Take SIGINT before anything can run: the Go runtime would exit on it.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)

	if *mode != "plain" && *mode != "local" && *mode != "cluster" {
		return fmt.Errorf("kernel: --mode %q: want plain, local or cluster", *mode)
	}
	sparkMgr := spark.NewManager(*mode)
	interp, err := newInterpreter(sparkMgr)
	if err != nil {
		return err
	}
	hist, err := kernel.OpenHistory(historyPath())
	if err != nil {
		logger.Printf("history: %v (kept in memory only)", err)
	}
	tr, err := protocol.Listen(ci, logger)
	if err != nil {
		return err
	}
	k := kernel.New(tr, interp, info(*mode), hist, logger)
	k.OnShutdown = append(k.OnShutdown, sparkMgr.Close)
	k.OnInterrupt = append(k.OnInterrupt, sparkMgr.CancelJobs)
	ctx, stop := context.WithCancel(context.Background())
	go func() {
		for s := range sigs {
			if s == syscall.SIGINT {
				k.Interrupt()
				continue
			}
			logger.Printf("received %v: shutting down", s)
			stop()
		}
	}()
	k.Run(ctx)
	return nil
}

func info(mode string) kernel.Info {
	return kernel.Info{
		Implementation: "spargo",
		Version:        kernel.Version,
		Banner:         fmt.Sprintf("spargo %s: Go %s notebooks (%s mode); %%help for help", kernel.Version, strings.TrimPrefix(runtime.Version(), "go"), mode),
		LanguageInfo: map[string]any{
			"name":               "go",
			"version":            strings.TrimPrefix(runtime.Version(), "go"),
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		HelpLinks: []map[string]string{
			{"text": "Go documentation", "url": "https://pkg.go.dev/std"},
		},
	}
}

// historyPath is where cell history persists across kernel restarts.
func historyPath() string {
	if p := os.Getenv("SPARGO_HISTORY"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "spargo", "history.jsonl")
}

func installSpecs(args []string) error {
	if len(args) == 0 || args[0] != "install" {
		return fmt.Errorf("kernelspec: want `kernelspec install --dir DIR`")
	}
	fs := flag.NewFlagSet("kernelspec install", flag.ContinueOnError)
	dir := fs.String("dir", "", "Jupyter kernels directory (e.g. ~/.local/share/jupyter/kernels)")
	binary := fs.String("binary", "", "path of the spargo binary (default: this program)")
	mode := fs.String("interrupt-mode", "signal", "kernelspec interrupt_mode: signal or message")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("kernelspec install: --dir is required")
	}
	bin := *binary
	if bin == "" {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("find spargo binary: %w", err)
		}
		bin = exe
	}
	bin, _ = filepath.Abs(bin)
	for _, s := range kernelspec.Specs {
		d, err := kernelspec.Install(*dir, bin, s, *mode)
		if err != nil {
			return err
		}
		fmt.Printf("installed kernelspec %s (%q) in %s\n", s.Name, s.DisplayName, d)
	}
	return nil
}
