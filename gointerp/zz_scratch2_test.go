package gointerp

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestScratchMany(t *testing.T) {
	files := strings.Fields(os.Getenv("CORPUS_FILES"))
	if len(files) == 0 {
		t.Skip()
	}
	pass := 0
	for _, path := range files {
		b, _ := os.ReadFile(path)
		want, _ := os.ReadFile(strings.TrimSuffix(path, ".go") + ".out")
		src := regexp.MustCompile(`(?m)^package main`).ReplaceAllString(string(b), "            ")
		in := newInterp(t)
		io := newFakeIO()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_, err1 := in.Execute(ctx, src, io)
		var err2 error
		if err1 == nil {
			_, err2 = in.Execute(ctx, "main()", io)
		}
		cancel()
		got := io.stream("stdout") + io.stream("stderr")
		ok := err1 == nil && err2 == nil && got == string(want)
		if ok {
			pass++
			t.Logf("PASS %s", path)
		} else {
			msg := ""
			if err1 != nil {
				msg = "cell1: " + err1.Error()
			} else if err2 != nil {
				msg = "main: " + err2.Error()
			} else {
				msg = "output: " + got
			}
			if len(msg) > 300 {
				msg = msg[:300]
			}
			t.Logf("FAIL %s %s", path, strings.ReplaceAll(msg, "\n", " | "))
		}
	}
	t.Logf("passed %d of %d", pass, len(files))
}
