#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>
static double raw(void){struct timespec t; syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &t); return t.tv_sec+t.tv_nsec/1e9;}
int main(){
  pthread_condattr_t at; pthread_condattr_init(&at); pthread_condattr_setclock(&at, CLOCK_MONOTONIC);
  pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER; struct timespec ts;
  pthread_cond_t *c=malloc(sizeof *c); pthread_cond_init(c,&at); free(c);   // freed without pthread_cond_destroy
  pthread_cond_t *d=malloc(sizeof *d); printf("same address: %d\n", c==d); pthread_cond_init(d,NULL);
  clock_gettime(CLOCK_REALTIME,&ts); ts.tv_sec+=1;
  double t0=raw(); pthread_mutex_lock(&m); int r=pthread_cond_timedwait(d,&m,&ts); pthread_mutex_unlock(&m);
  printf("realtime 1 s wait on a reused address: r=%d after %.2f s\n", r, raw()-t0); fflush(stdout);
  // monotonic cond, proper
  pthread_cond_t e; pthread_cond_init(&e,&at); clock_gettime(CLOCK_MONOTONIC,&ts); ts.tv_sec+=1;
  t0=raw(); pthread_mutex_lock(&m); r=pthread_cond_timedwait(&e,&m,&ts); pthread_mutex_unlock(&m);
  printf("monotonic 1 s wait: r=%d after %.2f s\n", r, raw()-t0);
}
