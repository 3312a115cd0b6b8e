// Command genstd generates yaegi symbol tables for the standard library of
// the Go toolchain that runs it, into gointerp/stdlib. yaegi's own tables
// stop at Go 1.22; regenerating with the current toolchain gives cells the
// stdlib they would get from `go build` (generic functions excepted: they
// cannot be called through reflection).
//
//	go run ./internal/genstd [-out gointerp/stdlib]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/traefik/yaegi/extract"
)

// skip lists std packages cells cannot or should not use natively.
var skip = []string{"internal", "vendor/", "cmd/", "unsafe", "syscall/js", "runtime/cgo", "runtime/race",
	"runtime/msan", "runtime/asan", "plugin", "testing/internal", "log/syslog", "crypto/internal",
	"simd", "runtime/coverage", "structs", "weak", "unique", "iter"}

func main() {
	out := flag.String("out", "gointerp/stdlib", "output directory")
	flag.Parse()
	list, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		log.Fatalf("go list std: %v", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	ext := extract.Extractor{Dest: "stdlib"}
	n := 0
	for _, pkg := range strings.Fields(string(list)) {
		if skipped(pkg) {
			continue
		}
		var buf bytes.Buffer
		if _, err := ext.Extract(pkg, "", &buf); err != nil {
			log.Printf("skip %s: %v", pkg, err)
			continue
		}
		name := strings.NewReplacer("/", "_", ".", "_").Replace(pkg) + ".go"
		if err := os.WriteFile(filepath.Join(*out, name), buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		n++
	}
	fmt.Printf("generated %d packages for %s into %s\n", n, runtime.Version(), *out)
}

func skipped(pkg string) bool {
	for _, s := range skip {
		if pkg == s || strings.HasPrefix(pkg, s+"/") || strings.HasPrefix(pkg, s) && strings.HasSuffix(s, "/") || strings.Contains(pkg, "/internal") || strings.HasPrefix(pkg, "internal") {
			return true
		}
	}
	return false
}
