package gointerp

import (
	"context"
	"os"
	"regexp"
	"testing"
)

func TestScratchCorpus(t *testing.T) {
	path := os.Getenv("CORPUS_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	src := regexp.MustCompile(`(?m)^package main`).ReplaceAllString(string(b), "            ")
	in := newInterp(t)
	io := newFakeIO()
	_, err := in.Execute(context.Background(), src, io)
	t.Logf("cell1: %v", err)
	_, err = in.Execute(context.Background(), "main()", io)
	t.Logf("main: %v\nstdout: %s\nstderr: %s", err, io.stream("stdout"), io.stream("stderr"))
}
